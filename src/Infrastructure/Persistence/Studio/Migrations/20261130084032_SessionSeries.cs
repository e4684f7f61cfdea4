using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordingStudio.Infrastructure.Persistence.Studio.Migrations
{
    /// <inheritdoc />
    public partial class SessionSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "series_id",
                table: "sessions",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "session_series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    room_id = table.Column<Guid>(type: "uuid", nullable: false),
                    engineer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    rule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_series", x => x.id);
                    table.ForeignKey(
                        name: "fk_session_series_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_session_series_engineers_engineer_id",
                        column: x => x.engineer_id,
                        principalTable: "engineers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_session_series_rooms_room_id",
                        column: x => x.room_id,
                        principalTable: "rooms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_sessions_series_id",
                table: "sessions",
                column: "series_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_series_client_id",
                table: "session_series",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_series_engineer_id",
                table: "session_series",
                column: "engineer_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_series_room_id",
                table: "session_series",
                column: "room_id");

            migrationBuilder.AddForeignKey(
                name: "fk_sessions_session_series_series_id",
                table: "sessions",
                column: "series_id",
                principalTable: "session_series",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_sessions_session_series_series_id",
                table: "sessions");

            migrationBuilder.DropTable(
                name: "session_series");

            migrationBuilder.DropIndex(
                name: "ix_sessions_series_id",
                table: "sessions");

            migrationBuilder.DropColumn(
                name: "series_id",
                table: "sessions");
        }
    }
}
