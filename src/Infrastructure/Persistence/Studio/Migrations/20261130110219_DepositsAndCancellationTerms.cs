using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordingStudio.Infrastructure.Persistence.Studio.Migrations
{
    /// <inheritdoc />
    public partial class DepositsAndCancellationTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "cancellation_fee_percent",
                table: "studio_settings",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<bool>(
                name: "cancellation_keeps_deposit",
                table: "studio_settings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "cancellation_window_hours",
                table: "studio_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "deposit_amount",
                table: "studio_settings",
                type: "numeric(14,3)",
                precision: 14,
                scale: 3,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "deposit_due_days",
                table: "studio_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "deposit_due_from",
                table: "studio_settings",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Booking");

            migrationBuilder.AddColumn<decimal>(
                name: "deposit_percent",
                table: "studio_settings",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "cancellation_charge",
                table: "sessions",
                type: "numeric(14,3)",
                precision: 14,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cancelled_at",
                table: "sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "deposit_amount",
                table: "sessions",
                type: "numeric(14,3)",
                precision: 14,
                scale: 3,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deposit_due_at",
                table: "sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deposit_method",
                table: "sessions",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "deposit_paid",
                table: "sessions",
                type: "numeric(14,3)",
                precision: 14,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "deposit_paid_on",
                table: "sessions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deposit_reference",
                table: "sessions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // Sessions booked before deposits existed were asked none: a later move must not ask one.
            migrationBuilder.Sql("UPDATE sessions SET deposit_amount = 0;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "cancellation_fee_percent",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "cancellation_keeps_deposit",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "cancellation_window_hours",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "deposit_amount",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "deposit_due_days",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "deposit_due_from",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "deposit_percent",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "cancellation_charge",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "cancelled_at",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "deposit_amount",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "deposit_due_at",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "deposit_method",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "deposit_paid",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "deposit_paid_on",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "deposit_reference",
                table: "sessions");
        }
    }
}
