using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace TaskTimeline.Lab;

/// <summary>Plugs <see cref="HttpBinApp"/> into Kestrel without a host: no configuration, logging or DI container to build, so start-up stays near 70 ms.</summary>
internal sealed class HttpBinApplication(HttpBinApp app) : IHttpApplication<HttpContext>
{
    public HttpContext CreateContext(IFeatureCollection contextFeatures) => new DefaultHttpContext(contextFeatures);

    public Task ProcessRequestAsync(HttpContext context) => app.HandleAsync(context);

    public void DisposeContext(HttpContext context, Exception? exception) { }
}
