using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CoachLens.Web.Data.Migrations;

/// <summary>Sessions record whether the transcript was redacted before it was stored.</summary>
[DbContext(typeof(AppDb))]
[Migration("20261122000002_Redaction")]
public sealed class M002Redaction : Migration
{
    protected override void Up(MigrationBuilder b) =>
        b.AddColumn<bool>(name: "Redacted", table: "Sessions", nullable: false, defaultValue: false);

    protected override void Down(MigrationBuilder b) =>
        b.DropColumn(name: "Redacted", table: "Sessions");
}
