using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordingStudio.Infrastructure.Persistence.Studio.Migrations
{
    /// <inheritdoc />
    public partial class InvoiceParties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "parties_client_email",
                table: "invoices",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "parties_client_name",
                table: "invoices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "parties_issuer_address",
                table: "invoices",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "parties_issuer_name",
                table: "invoices",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "parties_issuer_note",
                table: "invoices",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "parties_issuer_tax_id",
                table: "invoices",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "parties_client_email",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "parties_client_name",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "parties_issuer_address",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "parties_issuer_name",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "parties_issuer_note",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "parties_issuer_tax_id",
                table: "invoices");
        }
    }
}
