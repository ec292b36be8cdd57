using System.ComponentModel.DataAnnotations;

namespace CallCenter.Knowledge;

/// <summary>Configuration section "Knowledge".</summary>
public sealed class KnowledgeIndexOptions
{
    public const string Section = "Knowledge";

    /// <summary>Directory of the Lucene index; the host defaults it under its content root's App_Data.</summary>
    [Required(ErrorMessage = "Knowledge:IndexPath must not be empty.")]
    public string IndexPath { get; set; } = "";
}
