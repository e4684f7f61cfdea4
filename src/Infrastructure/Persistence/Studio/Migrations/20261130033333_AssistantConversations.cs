using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordingStudio.Infrastructure.Persistence.Studio.Migrations
{
    /// <inheritdoc />
    public partial class AssistantConversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Conversation ids become the caller's strings: existing conversations keep their (uuid) ids as text.
            migrationBuilder.DropIndex(
                name: "ix_pending_actions_session_id_user_id_status",
                table: "pending_actions");

            migrationBuilder.DropIndex(
                name: "ix_assistant_messages_session_id_user_id_created_at",
                table: "assistant_messages");

            foreach (var table in new[] { "pending_actions", "assistant_messages", "assistant_audit" })
            {
                migrationBuilder.RenameColumn(name: "session_id", table: table, newName: "conversation_id");
                migrationBuilder.AlterColumn<string>(
                    name: "conversation_id",
                    table: table,
                    type: "character varying(100)",
                    maxLength: 100,
                    nullable: false,
                    oldClrType: typeof(Guid),
                    oldType: "uuid");
            }

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "expires_at",
                table: "pending_actions",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));
            // Proposals already waiting get the default ten minutes from when they were made.
            migrationBuilder.Sql("UPDATE pending_actions SET expires_at = created_at + interval '10 minutes'");

            migrationBuilder.AddColumn<int>(
                name: "input_tokens",
                table: "assistant_messages",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "latency_ms",
                table: "assistant_messages",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "model",
                table: "assistant_messages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "output_tokens",
                table: "assistant_messages",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "provider",
                table: "assistant_messages",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_pending_actions_conversation_id_user_id_status",
                table: "pending_actions",
                columns: new[] { "conversation_id", "user_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_assistant_messages_conversation_id_user_id_created_at",
                table: "assistant_messages",
                columns: new[] { "conversation_id", "user_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_pending_actions_conversation_id_user_id_status",
                table: "pending_actions");

            migrationBuilder.DropIndex(
                name: "ix_assistant_messages_conversation_id_user_id_created_at",
                table: "assistant_messages");

            migrationBuilder.DropColumn(
                name: "conversation_id",
                table: "pending_actions");

            migrationBuilder.DropColumn(
                name: "expires_at",
                table: "pending_actions");

            migrationBuilder.DropColumn(
                name: "conversation_id",
                table: "assistant_messages");

            migrationBuilder.DropColumn(
                name: "input_tokens",
                table: "assistant_messages");

            migrationBuilder.DropColumn(
                name: "latency_ms",
                table: "assistant_messages");

            migrationBuilder.DropColumn(
                name: "model",
                table: "assistant_messages");

            migrationBuilder.DropColumn(
                name: "output_tokens",
                table: "assistant_messages");

            migrationBuilder.DropColumn(
                name: "provider",
                table: "assistant_messages");

            migrationBuilder.DropColumn(
                name: "conversation_id",
                table: "assistant_audit");

            migrationBuilder.AddColumn<Guid>(
                name: "session_id",
                table: "pending_actions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "session_id",
                table: "assistant_messages",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "session_id",
                table: "assistant_audit",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "ix_pending_actions_session_id_user_id_status",
                table: "pending_actions",
                columns: new[] { "session_id", "user_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_assistant_messages_session_id_user_id_created_at",
                table: "assistant_messages",
                columns: new[] { "session_id", "user_id", "created_at" });
        }
    }
}
