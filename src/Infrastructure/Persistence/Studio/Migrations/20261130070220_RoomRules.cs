using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordingStudio.Infrastructure.Persistence.Studio.Migrations
{
    /// <inheritdoc />
    public partial class RoomRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "room_held_until",
                table: "sessions",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<TimeOnly>(
                name: "closes_at",
                table: "rooms",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "minimum_minutes",
                table: "rooms",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "opens_at",
                table: "rooms",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "turnover_minutes",
                table: "rooms",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Sessions booked before rooms had a turnover hold their room until they end; so does a row written by
            // anything but the application (an import, a hand-written INSERT) that does not say otherwise.
            migrationBuilder.Sql("""
                UPDATE sessions SET room_held_until = ends_at;
                ALTER TABLE sessions ALTER COLUMN room_held_until DROP DEFAULT;
                CREATE FUNCTION sessions_room_held_until_default() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.room_held_until IS NULL OR NEW.room_held_until < NEW.ends_at THEN
                        NEW.room_held_until := NEW.ends_at;
                    END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER tr_sessions_room_held_until BEFORE INSERT OR UPDATE OF ends_at, room_held_until ON sessions
                    FOR EACH ROW EXECUTE FUNCTION sessions_room_held_until_default();
                """);
            // The room's guarantee now covers each session and its turnover: [starts_at, room_held_until).
            migrationBuilder.Sql("""
                ALTER TABLE sessions DROP CONSTRAINT ex_sessions_room_no_overlap;
                ALTER TABLE sessions ADD CONSTRAINT ex_sessions_room_no_overlap
                    EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, room_held_until, '[)') WITH &&)
                    WHERE (status <> 'Cancelled');
                """);

            migrationBuilder.AddCheckConstraint(
                name: "ck_sessions_room_held_after_end",
                table: "sessions",
                sql: "room_held_until >= ends_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER tr_sessions_room_held_until ON sessions; DROP FUNCTION sessions_room_held_until_default();");
            migrationBuilder.Sql("""
                ALTER TABLE sessions DROP CONSTRAINT ex_sessions_room_no_overlap;
                ALTER TABLE sessions ADD CONSTRAINT ex_sessions_room_no_overlap
                    EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
                    WHERE (status <> 'Cancelled');
                """);

            migrationBuilder.DropCheckConstraint(
                name: "ck_sessions_room_held_after_end",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "room_held_until",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "closes_at",
                table: "rooms");

            migrationBuilder.DropColumn(
                name: "minimum_minutes",
                table: "rooms");

            migrationBuilder.DropColumn(
                name: "opens_at",
                table: "rooms");

            migrationBuilder.DropColumn(
                name: "turnover_minutes",
                table: "rooms");
        }
    }
}
