using System.Net.Http.Headers;
using CallCenter.Errors;

namespace CallCenter.WorkOrders;

/// <summary>Photos and signatures through the one stored-file piece: a file gone from disk is not found, never a server error.</summary>
[Collection(ApiCollection.Name)]
public sealed class WorkOrderFileTests(WorkOrderApiFactory factory) : IClassFixture<WorkOrderApiFactory>
{
    [Fact]
    public async Task Should_Answer_404_With_A_Problem_Code_When_A_Photos_File_Is_Missing()
    {
        var admin = await factory.ClientForAsync("admin");
        var tech1 = await factory.ClientForAsync("tech1");
        var order = await WorkOrderTestData.AssignedToTech1Async(admin);
        await WorkOrderTestData.ActAsync(tech1, order.Id, TechnicianAction.Accept);
        var photo = await (await UploadAsync(tech1, order.Id, WorkOrderTestData.Png1x1, "阀门.png")).ShouldSucceedWith<WorkOrderPhotoDto>();
        (await (await admin.GetAsync(photo.Url)).Content.ReadAsByteArrayAsync()).ShouldBe(WorkOrderTestData.Png1x1);

        // An operator cleaned the disk (or a restore missed a folder): the row is there, the bytes are not.
        var file = Directory.GetFiles(Path.Combine(factory.FileStorePath, order.Id.ToString("N"))).ShouldHaveSingleItem();
        File.Delete(file);

        await (await admin.GetAsync(photo.Url)).ShouldBeProblem(HttpStatusCode.NotFound, CallCenterErrorCodes.NotFound);
    }

    [Fact]
    public async Task Should_Store_A_Signature_As_A_Stored_File_And_Answer_404_When_Its_File_Is_Missing()
    {
        var admin = await factory.ClientForAsync("admin");
        var tech1 = await factory.ClientForAsync("tech1");
        var order = await WorkOrderTestData.AssignedToTech1Async(admin);
        await WorkOrderTestData.ActAsync(tech1, order.Id, TechnicianAction.Accept);
        var signed = await (await tech1.PostAsJsonAsync($"/api/work-orders/{order.Id}/signature",
            new SignatureDto(Guid.NewGuid().ToString(), "data:image/png;base64," + Convert.ToBase64String(WorkOrderTestData.Png1x1), "王女士"),
            Json.Options)).ShouldSucceedWith<TechnicianActionResultDto>();
        signed.WorkOrder.HasSignature.ShouldBeTrue();
        var served = await admin.GetAsync($"/api/work-orders/{order.Id}/signature");
        served.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await served.Content.ReadAsByteArrayAsync()).ShouldBe(WorkOrderTestData.Png1x1);

        File.Delete(Directory.GetFiles(Path.Combine(factory.FileStorePath, order.Id.ToString("N"))).ShouldHaveSingleItem());

        await (await admin.GetAsync($"/api/work-orders/{order.Id}/signature")).ShouldBeProblem(HttpStatusCode.NotFound, CallCenterErrorCodes.NotFound);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, byte[] bytes, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(Guid.NewGuid().ToString()), "idempotencyKey");
        return await client.PostAsync($"/api/work-orders/{id}/photos", form);
    }
}
