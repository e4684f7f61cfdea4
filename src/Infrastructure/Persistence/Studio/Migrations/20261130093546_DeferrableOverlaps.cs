using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordingStudio.Infrastructure.Persistence.Studio.Migrations
{
    /// <summary>
    /// The no-overlap constraints become DEFERRABLE INITIALLY IMMEDIATE: checked as before, statement by statement,
    /// except in a transaction that asks (SET CONSTRAINTS … DEFERRED) to check at commit — moving the sessions of a
    /// series together, where one takes the slot another leaves.
    /// </summary>
    public partial class DeferrableOverlaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(Constraints("DEFERRABLE INITIALLY IMMEDIATE"));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(Constraints(""));

        private static string Constraints(string deferrable) => $"""
            ALTER TABLE sessions DROP CONSTRAINT ex_sessions_room_no_overlap;
            ALTER TABLE sessions ADD CONSTRAINT ex_sessions_room_no_overlap
                EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, room_held_until, '[)') WITH &&)
                WHERE (status NOT IN ('Cancelled', 'Hold', 'Released')) {deferrable};
            ALTER TABLE sessions DROP CONSTRAINT ex_sessions_engineer_no_overlap;
            ALTER TABLE sessions ADD CONSTRAINT ex_sessions_engineer_no_overlap
                EXCLUDE USING gist (engineer_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
                WHERE (status NOT IN ('Cancelled', 'Hold', 'Released') AND engineer_id IS NOT NULL) {deferrable};
            """;
    }
}
