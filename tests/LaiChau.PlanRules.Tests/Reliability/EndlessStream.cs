using System.Text;

namespace LaiChau.PlanRules.Tests.Reliability;

/// <summary>A stream that never ends: a prefix, then one filler byte (a space unless given) forever; it cannot seek.</summary>
internal sealed class EndlessStream(string prefix, byte filler = (byte)' ') : Stream
{
    private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override int Read(byte[] buffer, int offset, int count)
    {
        for (var i = 0; i < count; i++, _position++)
        {
            buffer[offset + i] = _position < _prefix.Length ? _prefix[_position] : filler;
        }

        return count;
    }
}
