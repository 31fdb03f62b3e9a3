using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WebHost.Tests;

/// <summary>The WebHost's own build output, started with dotnet on a free port of 127.0.0.1.</summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, HttpClient client)
    {
        _process = process;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<HostProcess> StartAsync(string database)
    {
        // samples/WebHost.Tests/bin/<configuration>/net10.0/ -> samples/WebHost/bin/<configuration>/net10.0/
        var testBin = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var hostBin = testBin.Replace($"{Path.DirectorySeparatorChar}WebHost.Tests{Path.DirectorySeparatorChar}", $"{Path.DirectorySeparatorChar}WebHost{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
        var dll = Path.Combine(hostBin, "WebHost.dll");
        Assert.True(File.Exists(dll), $"The WebHost is not built at {dll}.");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = hostBin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { dll, "--urls", $"http://127.0.0.1:{port}", $"--Register:DatabasePath={database}", "--contentRoot", hostBin }) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        var started = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(process.HasExited, "The WebHost exited while starting.");
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK) break;
            }
            catch (HttpRequestException)
            {
            }

            Assert.True(started.Elapsed < TimeSpan.FromSeconds(60), "The WebHost did not answer /health within 60 s.");
            await Task.Delay(100);
        }

        return new HostProcess(process, client);
    }

    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
        Client.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
