using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordingStudio.Infrastructure.Persistence.Platform.Migrations
{
    /// <inheritdoc />
    public partial class LastActivity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_activity_at",
                table: "organizations",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "last_activity_at",
                table: "organizations");
        }
    }
}
