using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordingStudio.Infrastructure.Persistence.Studio.Migrations
{
    /// <inheritdoc />
    public partial class DocumentLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "quotes",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "invoices",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "language",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "language",
                table: "invoices");
        }
    }
}
