using System.Text;

namespace CoachLens.Export.Pdf;

/// <summary>
/// Replaces a PDF's /CreationDate and /ModDate digits with a fixed date of the same length, so the cross
/// reference offsets stay valid and the same report prints to the same bytes.
/// </summary>
public static class PdfDates
{
    private const string Fixed = "20000101000000";

    public static byte[] Fix(byte[] pdf)
    {
        var bytes = (byte[])pdf.Clone();
        foreach (var key in new[] { "/CreationDate (D:", "/ModDate (D:" })
        {
            var pattern = Encoding.ASCII.GetBytes(key);
            var at = 0;
            while ((at = IndexOf(bytes, pattern, at)) >= 0)
            {
                var digits = at + pattern.Length;
                for (var i = 0; i < Fixed.Length && digits + i < bytes.Length && bytes[digits + i] is >= (byte)'0' and <= (byte)'9'; i++)
                {
                    bytes[digits + i] = (byte)Fixed[i];
                }

                at = digits;
            }
        }

        return bytes;
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int from) =>
        haystack.AsSpan(from).IndexOf(needle) is var i and >= 0 ? from + i : -1;
}
