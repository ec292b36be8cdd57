using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCenter.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class StoredFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "signature_file_id",
                table: "work_orders",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "stored_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    width = table.Column<int>(type: "integer", nullable: true),
                    height = table.Column<int>(type: "integer", nullable: true),
                    storage_path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    creator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    creator_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stored_files", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_signature_file_id",
                table: "work_orders",
                column: "signature_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_stored_files_owner_id_kind",
                table: "stored_files",
                columns: new[] { "owner_id", "kind" });

            migrationBuilder.AddForeignKey(
                name: "fk_work_orders_stored_files_signature_file_id",
                table: "work_orders",
                column: "signature_file_id",
                principalTable: "stored_files",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // Nothing stored is lost: every image, photo and signature becomes a stored_files row pointing at the same
            // bytes. Work-order paths were relative to WorkOrders:FileStorePath; the file store mounts its
            // "work-orders" folder there, so prefixing the folder keeps each path leading to the same file.
            migrationBuilder.Sql("""
                INSERT INTO stored_files (id, kind, owner_id, file_name, content_type, size_bytes, width, height, storage_path,
                                          creation_time, creator_id, creator_name)
                SELECT id, 'KnowledgeImage', article_id, file_name, content_type, size_bytes, width, height, storage_path,
                       creation_time, creator_id, creator_name
                FROM knowledge_images;

                INSERT INTO stored_files (id, kind, owner_id, file_name, content_type, size_bytes, width, height, storage_path,
                                          creation_time, creator_id, creator_name)
                SELECT id, 'WorkOrderPhoto', work_order_id, file_name, content_type, size_bytes, width, height,
                       'work-orders/' || storage_path, uploaded_at, uploaded_by_id, uploaded_by
                FROM work_order_photos;

                -- A signature's size was never recorded (0); its time is the order's last change, its author unknown.
                INSERT INTO stored_files (id, kind, owner_id, file_name, content_type, size_bytes, width, height, storage_path,
                                          creation_time, creator_id, creator_name)
                SELECT gen_random_uuid(), 'WorkOrderSignature', id, left(number || '-signature.png', 200), 'image/png', 0, NULL, NULL,
                       'work-orders/' || signature_path, coalesce(last_modification_time, creation_time), NULL, NULL
                FROM work_orders
                WHERE signature_path IS NOT NULL;

                UPDATE work_orders w SET signature_file_id = f.id
                FROM stored_files f
                WHERE f.kind = 'WorkOrderSignature' AND f.owner_id = w.id;
                """);

            migrationBuilder.DropTable(
                name: "knowledge_images");

            migrationBuilder.DropTable(
                name: "work_order_photos");

            migrationBuilder.DropColumn(
                name: "signature_path",
                table: "work_orders");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_work_orders_stored_files_signature_file_id",
                table: "work_orders");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_signature_file_id",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "signature_file_id",
                table: "work_orders");

            migrationBuilder.AddColumn<string>(
                name: "signature_path",
                table: "work_orders",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "knowledge_images",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    article_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    creator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    creator_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    height = table.Column<int>(type: "integer", nullable: true),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    storage_path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    width = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_knowledge_images", x => x.id);
                    table.ForeignKey(
                        name: "fk_knowledge_images_knowledge_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "knowledge_articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_order_photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    content_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    height = table.Column<int>(type: "integer", nullable: true),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    storage_path = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    uploaded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    width = table.Column<int>(type: "integer", nullable: true),
                    work_order_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_order_photos", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_order_photos_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_images_article_id",
                table: "knowledge_images",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_order_photos_work_order_id",
                table: "work_order_photos",
                column: "work_order_id");

            migrationBuilder.Sql("""
                INSERT INTO knowledge_images (id, article_id, file_name, content_type, size_bytes, width, height, storage_path,
                                              creation_time, creator_id, creator_name)
                SELECT id, owner_id, file_name, content_type, size_bytes, width, height, storage_path, creation_time, creator_id, creator_name
                FROM stored_files WHERE kind = 'KnowledgeImage';

                INSERT INTO work_order_photos (id, work_order_id, file_name, content_type, size_bytes, width, height, storage_path,
                                               uploaded_at, uploaded_by_id, uploaded_by)
                SELECT id, owner_id, file_name, content_type, size_bytes, width, height, substr(storage_path, length('work-orders/') + 1),
                       creation_time, creator_id, creator_name
                FROM stored_files WHERE kind = 'WorkOrderPhoto';

                UPDATE work_orders w SET signature_path = substr(f.storage_path, length('work-orders/') + 1)
                FROM stored_files f
                WHERE f.kind = 'WorkOrderSignature' AND f.owner_id = w.id;
                """);

            migrationBuilder.DropTable(
                name: "stored_files");
        }
    }
}
