namespace Jinning.Web.Components.Shared;

/// <summary>Reads another stream and says how far it has got, in whole percent, as the bytes go through.</summary>
public sealed class ProgressStream(Stream inner, long length, Action<double> onProgress) : Stream
{
    private long _read;
    private int _lastPercent = -1;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var count = await inner.ReadAsync(buffer, cancellationToken);
        Report(count);
        return count;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Report(read);
        return read;
    }

    private void Report(int count)
    {
        _read += count;
        var percent = length == 0 ? 100 : (int)(_read * 100 / length);
        if (percent != _lastPercent)
        {
            _lastPercent = percent;
            onProgress(percent);
        }
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
