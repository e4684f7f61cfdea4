using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordingStudio.Infrastructure.Persistence.Studio.Migrations
{
    /// <inheritdoc />
    public partial class Holds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "hold_hours",
                table: "studio_settings",
                type: "integer",
                nullable: false,
                defaultValue: 72);

            migrationBuilder.AddColumn<int>(
                name: "reminder_hours",
                table: "studio_settings",
                type: "integer",
                nullable: false,
                defaultValue: 24);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "held_since",
                table: "sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "hold_expires_at",
                table: "sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "hold_rank",
                table: "sessions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reminder_sent_at",
                table: "sessions",
                type: "timestamp with time zone",
                nullable: true);

            // Holds queue behind each other and never block one another: the guarantee covers every other live session.
            migrationBuilder.Sql(Constraints("status NOT IN ('Cancelled', 'Hold', 'Released')"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE sessions SET status = 'Cancelled' WHERE status IN ('Hold', 'Released');");
            migrationBuilder.Sql(Constraints("status <> 'Cancelled'"));

            migrationBuilder.DropColumn(
                name: "hold_hours",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "reminder_hours",
                table: "studio_settings");

            migrationBuilder.DropColumn(
                name: "held_since",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "hold_expires_at",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "hold_rank",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "reminder_sent_at",
                table: "sessions");
        }

        private static string Constraints(string live) => $"""
            ALTER TABLE sessions DROP CONSTRAINT ex_sessions_room_no_overlap;
            ALTER TABLE sessions ADD CONSTRAINT ex_sessions_room_no_overlap
                EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, room_held_until, '[)') WITH &&)
                WHERE ({live});
            ALTER TABLE sessions DROP CONSTRAINT ex_sessions_engineer_no_overlap;
            ALTER TABLE sessions ADD CONSTRAINT ex_sessions_engineer_no_overlap
                EXCLUDE USING gist (engineer_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
                WHERE ({live} AND engineer_id IS NOT NULL);
            """;
    }
}
