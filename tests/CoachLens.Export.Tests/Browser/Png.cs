using System.Buffers.Binary;
using System.IO.Compression;

namespace CoachLens.Export.Tests.Browser;

/// <summary>Just enough PNG reading to tell a screenshot with content from a blank one.</summary>
public static class Png
{
    public static (int Width, int Height) Size(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

    /// <summary>How many distinct byte values the decompressed image data holds; a one-colour image has very few.</summary>
    public static int DistinctBytes(byte[] png)
    {
        using var idat = new MemoryStream();
        var at = 8;
        while (at + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IDAT")
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        var seen = new bool[256];
        var buffer = new byte[81920];
        int read;
        while ((read = z.Read(buffer)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                seen[buffer[i]] = true;
            }
        }

        return seen.Count(s => s);
    }
}
