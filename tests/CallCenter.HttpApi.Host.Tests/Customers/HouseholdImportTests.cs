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

    [Fact]
    public async Task Should_Report_An_Unterminated_Quote_On_Its_Row_And_Import_The_Lines_After_It()
    {
        var client = await factory.ClientForAsync("supervisor");
        var lines = Enumerable.Range(1, 10).Select(i => $"32000000{i:00},住户{i},137000020{i:00},南岗区,阳光小区").ToList();
        lines[2] = "3200000003,\"王大妈,13700002003,南岗区,阳光小区"; // the quote is never closed

        var result = await (await client.PostAsync("/api/households/import", CsvContent("户号,姓名,电话,区,小区\n" + string.Join("\n", lines) + "\n")))
            .ShouldSucceedWith<HouseholdImportResultDto>();

        result.TotalRows.ShouldBe(10);
        result.Created.ShouldBe(9);
        result.Failed.ShouldBe(1);
        result.Errors.ShouldHaveSingleItem().Row.ShouldBe(4); // header is row 1
        (await AccountsAsync("3200000004", "3200000010")).Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("zh-Hans", "空字符")]
    [InlineData("en", "NUL character")]
    public async Task Should_Report_A_Nul_In_A_Row_In_The_Callers_Language(string culture, string expected)
    {
        var client = await factory.ClientForAsync("supervisor", culture);
        var account = culture == "en" ? "3300000002" : "3300000012";
        var csv = $"户号,姓名,电话,区,小区\n{account[..^1]}1,正常户,13700003001,南岗区,阳光小区\n{account},坏\0名字,13700003002,南岗区,阳光小区\n";

        var result = await (await client.PostAsync("/api/households/import", CsvContent(csv))).ShouldSucceedWith<HouseholdImportResultDto>();

        var error = result.Errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(3);
        error.Field.ShouldBe("name");
        error.Message.ShouldContain(expected);
        error.Message.ShouldNotContain("22");
        result.Created.ShouldBe(1);
        (await AccountsAsync(account)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Report_A_Row_With_More_Columns_Than_The_Header()
    {
        var client = await factory.ClientForAsync("supervisor");
        const string csv = "户号,姓名,电话,区,小区\n3400000001,甲,13700004001,南岗区,阳光小区\n3400000002,乙,13700004002,南岗区,阳光小区,多出来的,还有\n";

        var result = await (await client.PostAsync("/api/households/import", CsvContent(csv))).ShouldSucceedWith<HouseholdImportResultDto>();

        result.TotalRows.ShouldBe(2);
        var error = result.Errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(3);
        error.Field.ShouldBe("row");
        error.Message.ShouldContain("7");
        (await AccountsAsync("3400000002")).ShouldBeEmpty();
        (await AccountsAsync("3400000001")).Count.ShouldBe(1);
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
