using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RecordingStudio.Infrastructure.Persistence.Studio.Migrations
{
    /// <inheritdoc />
    public partial class InvoicePaymentsAndCreditNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_invoice_number_sequences",
                table: "invoice_number_sequences");

            migrationBuilder.AddColumn<string>(
                name: "address",
                table: "studio_settings",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "invoice_note",
                table: "studio_settings",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "legal_name",
                table: "studio_settings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<decimal[]>(
                name: "other_tax_rates",
                table: "studio_settings",
                type: "numeric(5,2)[]",
                nullable: false,
                defaultValue: new decimal[0]);

            migrationBuilder.AddColumn<int>(
                name: "payment_terms_days",
                table: "studio_settings",
                type: "integer",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<string>(
                name: "tax_id",
                table: "studio_settings",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "credited",
                table: "invoices",
                type: "numeric(14,3)",
                precision: 14,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "due_on",
                table: "invoices",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "issued_on",
                table: "invoices",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "series",
                table: "invoice_number_sequences",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Invoice"); // the numbers taken so far were invoices

            migrationBuilder.AddColumn<Guid>(
                name: "engineer_id",
                table: "invoice_lines",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "room_id",
                table: "invoice_lines",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "pk_invoice_number_sequences",
                table: "invoice_number_sequences",
                columns: new[] { "series", "year" });

            migrationBuilder.CreateTable(
                name: "credit_notes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    invoice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_credit_notes_invoices_invoice_id",
                        column: x => x.invoice_id,
                        principalTable: "invoices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "invoice_payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,3)", precision: 14, scale: 3, nullable: false),
                    method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    external_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    invoice_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoice_payments", x => x.id);
                    table.ForeignKey(
                        name: "fk_invoice_payments_invoices_invoice_id",
                        column: x => x.invoice_id,
                        principalTable: "invoices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "credit_note_lines",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    net = table.Column<decimal>(type: "numeric(14,3)", precision: 14, scale: 3, nullable: false),
                    tax_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    tax = table.Column<decimal>(type: "numeric(14,3)", precision: 14, scale: 3, nullable: false),
                    room_id = table.Column<Guid>(type: "uuid", nullable: true),
                    engineer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    credit_note_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_note_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_credit_note_lines_credit_notes_credit_note_id",
                        column: x => x.credit_note_id,
                        principalTable: "credit_notes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_issued_on",
                table: "invoices",
                column: "issued_on");

            migrationBuilder.CreateIndex(
                name: "ix_invoices_status_due_on",
                table: "invoices",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_note_lines_credit_note_id",
                table: "credit_note_lines",
                column: "credit_note_id");

            migrationBuilder.CreateIndex(
                name: "ix_credit_notes_invoice_id",
                table: "credit_notes",
                column: "invoice_id");

            migrationBuilder.CreateIndex(
                name: "ix_credit_notes_issued_on",
                table: "credit_notes",
                column: "issued_on");

            migrationBuilder.CreateIndex(
                name: "ix_credit_notes_number",
                table: "credit_notes",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoice_payments_external_id",
                table: "invoice_payments",
                column: "external_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoice_payments_invoice_id",
                table: "invoice_payments",
                column: "invoice_id");

            migrationBuilder.CreateIndex(
                name: "ix_invoice_payments_paid_on",
                table: "invoice_payments",
                column: "paid_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_note_lines");

            migrationBuilder.DropTable(
                name: "invoice_payments");

            migrationBuilder.DropTable(
                name: "credit_notes");

            migrationBuilder.DropIndex(
                name: "ix_invoices_issued_on",
                table: "invoices");

            migrationBuilder.DropIndex(
                name: "ix_invoices_status_due_on",
                table: "invoices");

            migrationBuilder.DropPrimaryKey(
                name: "pk_invoice_number_sequences",
                table: "invoice_number_sequences");

            migrationBuilder.DropColumn(
                name: "address",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "invoice_note",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "legal_name",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "other_tax_rates",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "payment_terms_days",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "tax_id",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "credited",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "due_on",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "issued_on",
                table: "invoices");

            migrationBuilder.DropColumn(
                name: "series",
                table: "invoice_number_sequences");

            migrationBuilder.DropColumn(
                name: "engineer_id",
                table: "invoice_lines");

            migrationBuilder.DropColumn(
                name: "room_id",
                table: "invoice_lines");

            migrationBuilder.AddPrimaryKey(
                name: "pk_invoice_number_sequences",
                table: "invoice_number_sequences",
                column: "year");
        }
    }
}
