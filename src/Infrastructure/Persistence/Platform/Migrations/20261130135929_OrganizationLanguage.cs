using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordingStudio.Infrastructure.Persistence.Platform.Migrations
{
    /// <inheritdoc />
    public partial class OrganizationLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "organizations",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "language",
                table: "organizations");
        }
    }
}
