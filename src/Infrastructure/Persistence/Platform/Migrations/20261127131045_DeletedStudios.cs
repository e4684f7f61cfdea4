using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordingStudio.Infrastructure.Persistence.Platform.Migrations
{
    /// <inheritdoc />
    public partial class DeletedStudios : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_organizations_subdomain",
                table: "organizations");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_subdomain",
                table: "organizations",
                column: "subdomain",
                unique: true,
                filter: "status <> 'Deleted'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_organizations_subdomain",
                table: "organizations");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_subdomain",
                table: "organizations",
                column: "subdomain",
                unique: true);
        }
    }
}
