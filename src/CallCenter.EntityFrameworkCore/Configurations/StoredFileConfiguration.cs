using CallCenter.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Configurations;

/// <summary>
/// Every stored file in one table. The owner is (Kind, OwnerId) rather than a foreign key per owner table, so recordings
/// and report PDFs need no new table; owners are never hard-deleted, so no cascade is lost.
/// </summary>
public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(StoredFileConsts.MaxKindLength);
        b.Property(f => f.FileName).HasMaxLength(StoredFileConsts.MaxFileNameLength).IsRequired();
        b.Property(f => f.ContentType).HasMaxLength(StoredFileConsts.MaxContentTypeLength).IsRequired();
        b.Property(f => f.StoragePath).HasMaxLength(StoredFileConsts.MaxStoragePathLength).IsRequired();
        b.Property(f => f.CreatorName).HasMaxLength(StoredFileConsts.MaxCreatorNameLength);
        b.HasIndex(f => new { f.OwnerId, f.Kind });
    }
}
