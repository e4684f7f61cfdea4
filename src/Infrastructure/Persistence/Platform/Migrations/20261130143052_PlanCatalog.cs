using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace RecordingStudio.Infrastructure.Persistence.Platform.Migrations
{
    /// <inheritdoc />
    public partial class PlanCatalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "plan_requested_at",
                table: "organizations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "requested_plan",
                table: "organizations",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    max_rooms = table.Column<int>(type: "integer", nullable: true),
                    max_staff = table.Column<int>(type: "integer", nullable: true),
                    max_assistant_turns_per_month = table.Column<int>(type: "integer", nullable: true),
                    monthly_price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    selectable = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.name);
                });

            migrationBuilder.InsertData(
                table: "plans",
                columns: new[] { "name", "currency", "max_assistant_turns_per_month", "max_rooms", "max_staff", "monthly_price", "selectable", "title" },
                values: new object[,]
                {
                    { "pro", "EUR", 3000, 10, 25, 99m, true, "Pro" },
                    { "studio", "EUR", 500, 3, 5, 49m, true, "Studio" },
                    { "trial", "EUR", 200, 5, 10, null, false, "Trial" }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropColumn(
                name: "plan_requested_at",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "requested_plan",
                table: "organizations");
        }
    }
}
