using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dossier.Core.Tests.Ingest.Web;

/// <summary>A request as the test server saw it; header names are lower-cased.</summary>
public sealed record TestRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers);

/// <summary>What the test server answers. <see cref="Delay"/> holds the answer back (a slow server).</summary>
public sealed record TestResponse(int Status, byte[] Body, IReadOnlyList<(string Name, string Value)> Headers)
{
    public TimeSpan Delay { get; init; }

    /// <summary>Sends the body in chunks without a Content-Length, as a server streaming a response does.</summary>
    public bool Chunked { get; init; }

    public static TestResponse Text(string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        new(status, Encoding.UTF8.GetBytes(body), [("Content-Type", contentType)]);

    public static TestResponse Redirect(string location, int status = 302) => new(status, [], [("Location", location)]);

    public static TestResponse Empty(int status) => new(status, [], [("Content-Type", "text/plain")]);
}

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 and a random port, in process, for fetch tests: one request per connection,
/// answered by a handler. No test reaches any other machine.
/// </summary>
public sealed class TestHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<TestRequest, TestResponse> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public ConcurrentQueue<TestRequest> Requests { get; } = new();

    public TestHttpServer(Func<TestRequest, TestResponse> handler)
    {
        _handler = handler;
        _listener.Start();
        _accepting = Task.Run(AcceptLoop);
    }

    public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndpoint;

    public int Port => EndPoint.Port;

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequest(stream);
                if (request is null) return;
                Requests.Enqueue(request);
                var response = _handler(request);
                if (response.Delay > TimeSpan.Zero) await Task.Delay(response.Delay, _stop.Token);
                await Write(stream, response);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up (a timeout or a refused body); nothing to answer.
            }
        }
    }

    private async Task<TestRequest?> ReadRequest(NetworkStream stream)
    {
        var bytes = new List<byte>();
        var buffer = new byte[4096];
        while (bytes.Count < 64 * 1024)
        {
            var n = await stream.ReadAsync(buffer, _stop.Token);
            if (n == 0) return null;
            bytes.AddRange(buffer.AsSpan(0, n));
            var text = Encoding.Latin1.GetString(bytes.ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0) continue;
            var lines = text[..end].Split("\r\n");
            var first = lines[0].Split(' ');
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines.Skip(1))
            {
                var colon = line.IndexOf(':');
                if (colon > 0) headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
            }
            return new TestRequest(first[0], first[1], headers);
        }
        return null;
    }

    private async Task Write(NetworkStream stream, TestResponse response)
    {
        var head = new StringBuilder($"HTTP/1.1 {response.Status} {Reason(response.Status)}\r\nConnection: close\r\n");
        foreach (var (name, value) in response.Headers) head.Append($"{name}: {value}\r\n");
        var declaresLength = response.Headers.Any(h => h.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase));
        if (response.Chunked) head.Append("Transfer-Encoding: chunked\r\n");
        else if (!declaresLength) head.Append($"Content-Length: {response.Body.Length}\r\n");
        head.Append("\r\n");
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head.ToString()), _stop.Token);
        if (!response.Chunked)
        {
            await stream.WriteAsync(response.Body, _stop.Token);
            return;
        }
        for (var at = 0; at < response.Body.Length; at += 8192)
        {
            var size = Math.Min(8192, response.Body.Length - at);
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"{size:x}\r\n"), _stop.Token);
            await stream.WriteAsync(response.Body.AsMemory(at, size), _stop.Token);
            await stream.WriteAsync("\r\n"u8.ToArray(), _stop.Token);
        }
        await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), _stop.Token);
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        404 => "Not Found",
        _ => "Status",
    };

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _accepting.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // The accept loop ends by cancellation.
        }
        _stop.Dispose();
    }
}

/// <summary>Validators in memory, standing in for the store.</summary>
public sealed class MemoryValidatorStore : Dossier.Core.Ingest.Web.IFetchValidatorStore
{
    public Dictionary<string, Dossier.Core.Ingest.Web.FetchValidators> Saved { get; } = new(StringComparer.Ordinal);

    public Dossier.Core.Ingest.Web.FetchValidators? GetFetchValidators(string url) => Saved.GetValueOrDefault(url);

    public void SaveFetchValidators(string url, Dossier.Core.Ingest.Web.FetchValidators validators) => Saved[url] = validators;
}
