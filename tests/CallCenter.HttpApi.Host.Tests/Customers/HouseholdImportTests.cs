using System.Net.Http.Headers;
using System.Text;
using CallCenter.Customers;
using CallCenter.EntityFrameworkCore;
using CallCenter.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Customers;

[Collection(ApiCollection.Name)]
public sealed class HouseholdImportTests(CallCenterApiFactory factory) : IClassFixture<CallCenterApiFactory>
{
    // Chinese headings, as the template and the billing system's export use; rows 2–7 as a spreadsheet numbers them.
    private const string Csv = """
        户号,姓名,电话,区,小区,楼号,单元,房号,供热面积,供热方式,状态,换热站编码,关怀标记,备注
        3000000001,赵大爷,0451-8777-0001；13700000001,南岗区,阳光小区,1,1,101,65.5,暖气片,正常,,独居老人,
        3000000002,钱阿姨,not-a-phone,道里区,经纬小区,2,1,201,70,地暖,欠费,,,
        3000000003,孙先生,13700000003,道里区,中央花园,3,2,302,abc,暖气片,正常,,,
        ,李女士,13700000004,南岗区,阳光小区,4,1,401,80,暖气片,正常,,,
        3000000005,周同学,13700000005,香坊区,香坊新村,5,3,503,55,暖气片,停供,HR99,,
        3000000006,吴老师,+86 137 0000 0006,松北区,利民小区,6,1,601,90.25,地暖,正常,HR07,独居老人、重病,轮椅出入
        """;

    [Fact]
    public async Task Should_Store_Good_Rows_Report_Bad_Rows_And_Update_On_Reimport()
    {
        var client = await factory.ClientForAsync("supervisor");

        var first = await (await client.PostAsync("/api/households/import", CsvContent(Csv))).ShouldSucceedWith<HouseholdImportResultDto>();

        first.TotalRows.ShouldBe(6);
        first.Created.ShouldBe(2);
        first.Updated.ShouldBe(0);
        first.Failed.ShouldBe(4);
        first.Errors.ShouldContain(e => e.Row == 3 && e.Field == "phones[0].number" && e.AccountNumber == "3000000002");
        first.Errors.ShouldContain(e => e.Row == 4 && e.Field == "heatingAreaM2");
        first.Errors.ShouldContain(e => e.Row == 5 && e.Field == "accountNumber");
        first.Errors.ShouldContain(e => e.Row == 6 && e.Field == "stationCode");
        (await AccountsAsync("3000000001", "3000000006")).Count.ShouldBe(2);
        (await AccountsAsync("3000000002", "3000000003", "3000000005")).ShouldBeEmpty();

        var stored = await LoadAsync("3000000006");
        stored.CareFlags.ShouldBe(CareFlags.ElderlyLivingAlone | CareFlags.SeriouslyIll);
        stored.HeatingType.ShouldBe(HeatingType.FloorHeating);
        stored.HeatingAreaM2.ShouldBe(90.25m);
        stored.Phones.ShouldHaveSingleItem().Number.ShouldBe("+8613700000006");
        (await LoadAsync("3000000001")).Phones.Select(p => p.Number).ShouldBe(["+8645187770001", "+8613700000001"], ignoreOrder: true);

        var second = await (await client.PostAsync("/api/households/import", CsvContent(Csv.Replace("轮椅出入", "轮椅出入，需提前电话")))).ShouldSucceedWith<HouseholdImportResultDto>();

        second.Created.ShouldBe(0);
        second.Updated.ShouldBe(2);
        second.Failed.ShouldBe(4);
        (await AccountsAsync("3000000001", "3000000006")).Count.ShouldBe(2);
        (await LoadAsync("3000000006")).Notes.ShouldBe("轮椅出入，需提前电话");
    }

    [Fact]
    public async Task Should_Read_A_Gb18030_File_Saved_By_Excel()
    {
        var client = await factory.ClientForAsync("supervisor");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("户号,姓名,电话,区,小区\n3100000001,冯奶奶,13700001001,南岗区,阳光小区\n");
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        var result = await (await client.PostAsync("/api/households/import", Multipart(content))).ShouldSucceedWith<HouseholdImportResultDto>();

        result.Created.ShouldBe(1);
        (await LoadAsync("3100000001")).Name.ShouldBe("冯奶奶");
    }

    [Fact]
    public async Task Should_Refuse_A_File_Without_An_Account_Column()
    {
        var client = await factory.ClientForAsync("supervisor");

        var response = await client.PostAsync("/api/households/import", CsvContent("foo,bar\n1,2\n"));

        (await response.ShouldBeProblem(HttpStatusCode.BadRequest, CallCenterErrorCodes.ImportFileUnreadable)).Keys.ShouldContain("file");
    }

    private static MultipartFormDataContent CsvContent(string csv)
    {
        var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return Multipart(content);
    }

    private static MultipartFormDataContent Multipart(HttpContent file) => new() { { file, "file", "households.csv" } };

    private async Task<List<string>> AccountsAsync(params string[] accounts)
    {
        using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CallCenterDbContext>();
        return await db.Households.Where(h => accounts.Contains(h.AccountNumber)).Select(h => h.AccountNumber).ToListAsync();
    }

    private async Task<Household> LoadAsync(string account)
    {
        using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CallCenterDbContext>();
        return await db.Households.Include(h => h.Phones).SingleAsync(h => h.AccountNumber == account);
    }
}
