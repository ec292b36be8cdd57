using CallCenter.Knowledge.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace CallCenter.Knowledge;

/// <summary>A <see cref="KnowledgeIndexDocument"/> as Lucene fields: analyzed text, exact-match filters, doc values for ranking and staleness.</summary>
internal static class KnowledgeDocumentMapper
{
    public static Document ToLucene(KnowledgeIndexDocument d)
    {
        var keywords = string.Join("\n", d.Keywords);
        var questions = string.Join("\n", d.Questions);
        var doc = new Document
        {
            new StringField(KnowledgeFields.Id, d.Id.ToString("N"), Field.Store.YES),
            new StringField(KnowledgeFields.Code, d.Code.ToUpperInvariant(), Field.Store.YES),
            new TextField(KnowledgeFields.Title, d.Title, Field.Store.YES),
            new TextField(KnowledgeFields.Keywords, keywords, Field.Store.YES),
            new TextField(KnowledgeFields.Answer, d.StandardAnswer, Field.Store.YES),
            new TextField(KnowledgeFields.Body, d.BodyText, Field.Store.YES),
            new TextField(KnowledgeFields.Unigrams, d.Title + "\n" + keywords + "\n" + d.StandardAnswer, Field.Store.NO),
            new TextField(KnowledgeFields.Questions, questions, Field.Store.NO),
            new TextField(KnowledgeFields.Words, string.Join("\n", d.Title, keywords, d.StandardAnswer, questions), Field.Store.NO),
            new StringField(KnowledgeFields.Status, d.Status.ToString(), Field.Store.YES),
            new StringField(KnowledgeFields.Audience, d.Audience.ToString(), Field.Store.YES),
            new NumericDocValuesField(KnowledgeFields.Modified, d.ModifiedAt.UtcTicks),
            new NumericDocValuesField(KnowledgeFields.Feedback, FeedbackBoost.Factor(d.HelpfulCount, d.NotHelpfulCount)),
        };
        foreach (var category in d.CategoryPath) doc.Add(new StringField(KnowledgeFields.Category, category.ToString("N"), Field.Store.NO));
        var leaf = d.CategoryPath.Count > 0 ? d.CategoryPath[^1] : Guid.Empty;
        doc.Add(new SortedDocValuesField(KnowledgeFields.LeafCategory, new BytesRef(leaf.ToString("N"))));
        return doc;
    }
}
