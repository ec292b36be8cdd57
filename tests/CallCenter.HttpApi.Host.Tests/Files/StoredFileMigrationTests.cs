using CallCenter.EntityFrameworkCore;
using CallCenter.Hosting;
using CallCenter.Testing;
using CallCenter.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Npgsql;

namespace CallCenter.Files;

/// <summary>
/// The StoredFiles migration on a database that already holds a knowledge image, a work-order photo and a signature
/// (written the way the code before it wrote them, files included): afterwards every one is a stored_files row whose
/// bytes the host's file store still finds.
/// </summary>
public sealed class StoredFileMigrationTests : IAsyncLifetime
{
    private const string LastMigrationBefore = "20261123012558_Voice";
    private readonly TestDatabase _database = new();
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cc-migrate-files-" + Guid.NewGuid().ToString("N")[..8]);

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Should_Move_Images_Photos_And_Signatures_Into_Stored_Files_And_Keep_Every_File_Reachable()
    {
        await using var services = new ServiceCollection().AddSingleton(TimeProvider.System)
            .AddCallCenterEntityFrameworkCore(_database.ConnectionString).BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<CallCenterDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
            await db.GetService<IMigrator>().MigrateAsync(LastMigrationBefore);

        // As the old code stored them: images under Files:RootPath, photos and signatures under WorkOrders:FileStorePath.
        var filesRoot = Path.Combine(_root, "files");
        var workOrderRoot = Path.Combine(_root, "work-order-files");
        var (articleId, imageId, orderId, photoId, technicianId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var imagePath = $"knowledge/{articleId:N}/{imageId:N}.png";
        var photoPath = $"{orderId:N}/{photoId:N}.jpg";
        var signaturePath = $"{orderId:N}/signature-{Guid.NewGuid():N}.png";
        var bytes = new Dictionary<string, byte[]>
        {
            [Path.Combine(filesRoot, imagePath)] = [1, 2, 3],
            [Path.Combine(workOrderRoot, photoPath)] = [4, 5, 6, 7],
            [Path.Combine(workOrderRoot, signaturePath)] = [8, 9],
        };
        foreach (var (path, content) in bytes)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, content);
        }
        await using (var connection = new NpgsqlConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            // The owners' other columns do not matter here; foreign keys are off for this session only.
            await ExecuteAsync(connection, "SET session_replication_role = replica");
            await ExecuteAsync(connection, await InsertWithDefaultsAsync(connection, "work_orders",
                new() { ["id"] = $"'{orderId}'", ["number"] = "'WO-OLD-1'", ["signature_path"] = $"'{signaturePath}'", ["signer_name"] = "'王女士'" }));
            await ExecuteAsync(connection, $"""
                INSERT INTO knowledge_images (id, article_id, file_name, content_type, size_bytes, width, height, storage_path, creation_time, creator_id, creator_name)
                VALUES ('{imageId}', '{articleId}', '排气阀.png', 'image/png', 3, 1, 1, '{imagePath}', '2026-11-30T08:00:00Z', NULL, 'editor');
                INSERT INTO work_order_photos (id, work_order_id, file_name, content_type, size_bytes, width, height, storage_path, uploaded_at, uploaded_by_id, uploaded_by)
                VALUES ('{photoId}', '{orderId}', '现场.jpg', 'image/jpeg', 4, 640, 480, '{photoPath}', '2026-12-01T09:30:00Z', '{technicianId}', 'tech1');
                """);
        }

        await using (var db = await contexts.CreateDbContextAsync())
            await db.Database.MigrateAsync();

        await using var check = await contexts.CreateDbContextAsync();
        var stored = await check.StoredFiles.AsNoTracking().ToListAsync();
        stored.Count.ShouldBe(3);
        var image = stored.Single(f => f.Kind == StoredFileKind.KnowledgeImage);
        (image.Id, image.OwnerId, image.FileName, image.ContentType, image.SizeBytes, image.CreatorName).ShouldBe((imageId, articleId, "排气阀.png", "image/png", 3L, "editor"));
        var photo = stored.Single(f => f.Kind == StoredFileKind.WorkOrderPhoto);
        (photo.Id, photo.OwnerId, photo.FileName, photo.Width, photo.CreatorId, photo.CreatorName).ShouldBe((photoId, orderId, "现场.jpg", (int?)640, (Guid?)technicianId, "tech1"));
        photo.CreationTime.ShouldBe(DateTimeOffset.Parse("2026-12-01T09:30:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var signature = stored.Single(f => f.Kind == StoredFileKind.WorkOrderSignature);
        (signature.OwnerId, signature.ContentType, signature.FileName).ShouldBe((orderId, "image/png", "WO-OLD-1-signature.png"));
        var order = await check.WorkOrders.IgnoreQueryFilters().AsNoTracking().SingleAsync(w => w.Id == orderId);
        order.SignatureFileId.ShouldBe(signature.Id);
        order.SignerName.ShouldBe("王女士");

        // The host's file store, configured as a deployment configures it, finds every one of them.
        var store = HostFileStore(filesRoot, workOrderRoot);
        (await ReadAsync(store, image.StoragePath)).ShouldBe(bytes[Path.Combine(filesRoot, imagePath)]);
        (await ReadAsync(store, photo.StoragePath)).ShouldBe(bytes[Path.Combine(workOrderRoot, photoPath)]);
        (await ReadAsync(store, signature.StoragePath)).ShouldBe(bytes[Path.Combine(workOrderRoot, signaturePath)]);
        // New work-order files land next to the old ones, not in a second place.
        var added = await store.SaveAsync($"work-orders/{orderId:N}", "new.png", new byte[] { 1 });
        File.Exists(Path.Combine(workOrderRoot, $"{orderId:N}", "new.png")).ShouldBeTrue(added);
    }

    private IFileStore HostFileStore(string filesRoot, string workOrderRoot)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Files:RootPath"] = filesRoot,
        }).Build();
        var environment = new HostingEnvironment { ContentRootPath = _root, EnvironmentName = Environments.Production };
        var services = new ServiceCollection()
            .Configure<WorkOrderOptions>(o => o.FileStorePath = workOrderRoot)
            .AddCallCenterFiles(configuration, environment)
            .BuildServiceProvider();
        return services.GetRequiredService<IFileStore>();
    }

    private static async Task<byte[]> ReadAsync(IFileStore store, string path)
    {
        await using var stream = store.OpenRead(path);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>An INSERT giving every NOT NULL column without a default a neutral value of its type, then <paramref name="values"/>.</summary>
    private static async Task<string> InsertWithDefaultsAsync(NpgsqlConnection connection, string table, Dictionary<string, string> values)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = @t AND is_nullable = 'NO' AND column_default IS NULL", connection);
        command.Parameters.AddWithValue("t", table);
        var columns = new Dictionary<string, string>(values);
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                columns.TryAdd(reader.GetString(0), reader.GetString(1) switch
                {
                    "uuid" => "gen_random_uuid()",
                    "boolean" => "false",
                    "timestamp with time zone" => "now()",
                    "interval" => "interval '0'",
                    "jsonb" or "json" => "'{}'",
                    "smallint" or "integer" or "bigint" or "numeric" or "real" or "double precision" => "0",
                    _ => "''",
                });
        return $"INSERT INTO {table} ({string.Join(", ", columns.Keys)}) VALUES ({string.Join(", ", columns.Values)})";
    }
}
