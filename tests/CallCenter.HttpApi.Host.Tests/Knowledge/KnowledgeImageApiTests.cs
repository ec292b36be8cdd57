using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Headers;
using CallCenter.Errors;
using static CallCenter.Knowledge.KnowledgeTestData;

namespace CallCenter.Knowledge;

[Collection(ApiCollection.Name)]
public sealed class KnowledgeImageApiTests(KnowledgeApiFactory factory) : IClassFixture<KnowledgeApiFactory>
{
    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Should_Store_An_Uploaded_Png_And_Serve_It_Back_To_Agents_Once_Published()
    {
        var editor = await factory.ClientForAsync("editor");
        var agent = await factory.ClientForAsync("agent");
        var draft = await CreateDraftAsync(editor);

        var image = await (await UploadAsync(editor, draft.Id, Png, "排气阀.png")).ShouldSucceedWith<KnowledgeImageDto>();

        image.ContentType.ShouldBe("image/png");
        image.FileName.ShouldBe("排气阀.png");
        image.SizeBytes.ShouldBe(Png.Length);
        (image.Width, image.Height).ShouldBe((1, 1));
        image.Url.ShouldBe($"/api/knowledge/images/{image.Id}");
        var served = await editor.GetAsync(image.Url);
        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await served.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        // A draft's image does not exist for agents, like the draft itself.
        (await agent.GetAsync(image.Url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await (await editor.PostAsync($"/api/knowledge/articles/{draft.Id}/publish", null)).ShouldSucceedWith<KnowledgeArticleDto>();
        (await (await agent.GetAsync(image.Url)).Content.ReadAsByteArrayAsync()).ShouldBe(Png);
    }

    [Fact]
    public async Task Should_Reject_A_Text_File_Named_Like_An_Image_And_Store_Nothing()
    {
        var editor = await factory.ClientForAsync("editor");
        var draft = await CreateDraftAsync(editor);
        var before = CountStoredFiles();

        var response = await UploadAsync(editor, draft.Id, "<script>alert(1)</script>"u8.ToArray(), "photo.png", "image/png");

        var errors = await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, KnowledgeErrorCodes.ImageNotSupported);
        errors.ShouldContainKey("file");
        CountStoredFiles().ShouldBe(before);
    }

    [Fact]
    public async Task Should_Reject_An_Svg_Because_It_Can_Carry_Scripts()
    {
        var editor = await factory.ClientForAsync("editor");
        var draft = await CreateDraftAsync(editor);

        var response = await UploadAsync(editor, draft.Id, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"u8.ToArray(), "a.svg", "image/svg+xml");

        (await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, KnowledgeErrorCodes.ImageNotSupported)).ShouldContainKey("file");
    }

    [Fact]
    public async Task Should_Reject_An_Image_Over_The_Size_Limit()
    {
        var editor = await factory.ClientForAsync("editor");
        var draft = await CreateDraftAsync(editor);
        var large = new byte[KnowledgeConsts.MaxImageBytes + 1];
        Png.CopyTo(large, 0);

        var response = await UploadAsync(editor, draft.Id, large, "big.png");

        (await response.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge, KnowledgeErrorCodes.ImageTooLarge)).ShouldContainKey("file");
    }

    [Fact]
    public async Task Should_Ask_For_A_File_When_None_Is_Sent()
    {
        var editor = await factory.ClientForAsync("editor");
        var draft = await CreateDraftAsync(editor);

        var response = await editor.PostAsync($"/api/knowledge/articles/{draft.Id}/images", new MultipartFormDataContent());

        (await response.ShouldBeProblem(HttpStatusCode.BadRequest, KnowledgeErrorCodes.ImageMissing)).ShouldContainKey("file");
    }

    [Fact]
    public async Task Should_Keep_Our_Own_Images_In_The_Body_And_Drop_Any_Other()
    {
        var editor = await factory.ClientForAsync("editor");
        var draft = await CreateDraftAsync(editor);
        var image = await (await UploadAsync(editor, draft.Id, Png, "valve.png")).ShouldSucceedWith<KnowledgeImageDto>();
        var body = $"![排气阀]({image.Url})\n\n![外链](https://evil.example/track.png)\n\n![相对](/api/knowledge/images/../../account/token)\n\n" +
                   $"<img src=\"{image.Url}\" onerror=\"alert(1)\">\n\n<img src=\"{image.Url}\" srcset=\"https://evil.example/x.png 2x\">\n\n" +
                   "<picture><source srcset=\"https://evil.example/y.png\"></picture>";

        var preview = await (await editor.PostAsJsonAsync("/api/knowledge/preview", new KnowledgePreviewDto(body), Json.Options))
            .ShouldSucceedWith<KnowledgePreviewResultDto>();

        preview.Html.ShouldContain($"<img src=\"{image.Url}\" alt=\"排气阀\">");
        preview.Html.ShouldNotContain("evil.example");
        preview.Html.ShouldNotContain("account/token");
        preview.Html.ShouldNotContain("onerror");
        preview.Html.ShouldNotContain("srcset");
        // Ours three times: from the Markdown, without its onerror, without its srcset; the outside ones are gone.
        System.Text.RegularExpressions.Regex.Matches(preview.Html, "<img ").Count.ShouldBe(3);
        System.Text.RegularExpressions.Regex.Matches(preview.Html, "<img src=\"/api/knowledge/images/").Count.ShouldBe(3);
    }

    [Fact]
    public async Task Should_Answer_404_For_An_Unknown_Image_Or_Article()
    {
        var editor = await factory.ClientForAsync("editor");

        (await editor.GetAsync($"/api/knowledge/images/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await UploadAsync(editor, Guid.NewGuid(), Png, "a.png")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid articleId, byte[] bytes, string fileName, string contentType = "image/png")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        return client.PostAsync($"/api/knowledge/articles/{articleId}/images", form);
    }

    private int CountStoredFiles()
    {
        var root = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Files.FileStoreOptions>>().Value.RootPath;
        return Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count() : 0;
    }
}
