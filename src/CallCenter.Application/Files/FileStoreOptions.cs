using System.ComponentModel.DataAnnotations;

namespace CallCenter.Files;

/// <summary>Configuration section "Files".</summary>
public sealed class FileStoreOptions
{
    public const string Section = "Files";

    /// <summary>Root folder of <see cref="DiskFileStore"/>; a relative path is under the host's content root.</summary>
    [Required(ErrorMessage = "Files:RootPath must not be empty.")]
    public string RootPath { get; set; } = "App_Data/files";

    /// <summary>
    /// Top folders kept elsewhere than under <see cref="RootPath"/> (Files:Mounts:&lt;folder&gt;). The host mounts
    /// "work-orders" at WorkOrders:FileStorePath unless this names it.
    /// </summary>
    public Dictionary<string, string> Mounts { get; set; } = new(StringComparer.Ordinal);
}
