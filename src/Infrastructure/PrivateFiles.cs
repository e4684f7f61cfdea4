namespace RecordingStudio.Infrastructure;

/// <summary>
/// Files that hold secrets or personal data (exports with password hashes, e-mails with one-time links, the key ring)
/// are readable by their owner only, from the moment they exist.
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>A new (or emptied) file only its owner can read, for writing.</summary>
    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
        var stream = new FileStream(path, options);
        // An existing file keeps its mode through FileMode.Create: narrow it too.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(stream.SafeFileHandle, OwnerOnly);
        return stream;
    }

    /// <summary>An empty owner-only file that another program (pg_dump) then writes into, keeping the mode.</summary>
    public static void Prepare(string path) => Create(path).Dispose();

    /// <summary>A folder only its owner can enter (created if missing, narrowed if not).</summary>
    public static DirectoryInfo Folder(string path)
    {
        if (OperatingSystem.IsWindows()) return Directory.CreateDirectory(path);
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        var folder = Directory.CreateDirectory(path, ownerOnly);
        try
        {
            File.SetUnixFileMode(path, ownerOnly);
        }
        catch (UnauthorizedAccessException)
        {
            // A folder another user owns (a mounted volume) keeps the mode its owner gave it.
        }
        return folder;
    }
}
