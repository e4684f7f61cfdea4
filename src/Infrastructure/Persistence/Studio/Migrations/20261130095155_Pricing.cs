using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordingStudio.Infrastructure.Persistence.Studio.Migrations
{
    /// <inheritdoc />
    public partial class Pricing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "prices_include_tax",
                table: "studio_settings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "tax_percent",
                table: "studio_settings",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "currency",
                table: "sessions",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "discount_amount",
                table: "sessions",
                type: "numeric(14,3)",
                precision: 14,
                scale: 3,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "discount_percent",
                table: "sessions",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "price_basis",
                table: "sessions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "price_changed_at",
                table: "sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "price_changed_by",
                table: "sessions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "price_gross",
                table: "sessions",
                type: "numeric(14,3)",
                precision: 14,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "price_net",
                table: "sessions",
                type: "numeric(14,3)",
                precision: 14,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "price_override",
                table: "sessions",
                type: "numeric(14,3)",
                precision: 14,
                scale: 3,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "price_tax",
                table: "sessions",
                type: "numeric(14,3)",
                precision: 14,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "day_rate",
                table: "rooms",
                type: "numeric(10,2)",
                precision: 10,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "half_day_rate",
                table: "rooms",
                type: "numeric(10,2)",
                precision: 10,
                scale: 2,
                nullable: true);

            // Sessions booked before prices: their rooms' and engineers' hourly rates, without tax, in the studio's currency
            // (rounded to its minor unit, as Currencies.MinorUnits says).
            migrationBuilder.Sql("""
                UPDATE sessions s SET
                    currency = (SELECT currency FROM studio_settings LIMIT 1),
                    price_net = p.amount, price_gross = p.amount,
                    price_basis = 'hourly rates (priced when prices came)'
                FROM (SELECT s2.id, round(extract(epoch FROM s2.ends_at - s2.starts_at) / 3600
                             * (r.hourly_rate + coalesce((SELECT e.hourly_rate FROM engineers e WHERE e.id = s2.engineer_id), 0)),
                             (SELECT CASE WHEN currency IN ('JPY', 'KRW', 'ISK', 'CLP', 'VND', 'XOF', 'XAF', 'UGX', 'PYG', 'RWF', 'KMF', 'GNF', 'VUV', 'XPF') THEN 0
                                          WHEN currency IN ('BHD', 'KWD', 'OMR', 'JOD', 'TND', 'IQD', 'LYD') THEN 3 ELSE 2 END
                              FROM studio_settings LIMIT 1)) AS amount
                      FROM sessions s2 JOIN rooms r ON r.id = s2.room_id) p
                WHERE p.id = s.id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "prices_include_tax",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "tax_percent",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "currency",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "discount_amount",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "discount_percent",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "price_basis",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "price_changed_at",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "price_changed_by",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "price_gross",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "price_net",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "price_override",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "price_tax",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "day_rate",
                table: "rooms");

            migrationBuilder.DropColumn(
                name: "half_day_rate",
                table: "rooms");
        }
    }
}
