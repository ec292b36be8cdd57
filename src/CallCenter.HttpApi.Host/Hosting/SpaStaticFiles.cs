using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace CallCenter.Hosting;

/// <summary>
/// How the web app's files leave the Host. The build (scripts/precompress.mjs) writes name.br and name.gz beside each
/// large file; a browser that accepts one gets it (no compression work per request). Vite names everything under
/// /assets by its content hash, so those are cached for a year and never revalidated; index.html, which names the
/// current hashes, is revalidated on every load (its ETag makes that a 304) so a deploy reaches phones at once.
/// </summary>
public static class SpaStaticFiles
{
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";
    private static readonly (string Token, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];
    private static readonly FileExtensionContentTypeProvider Types = new();

    /// <summary>Default document, the pre-compressed variant when the client takes it, then the file itself.</summary>
    public static IApplicationBuilder UseSpaStaticFiles(this IApplicationBuilder app, IWebHostEnvironment environment)
    {
        app.UseDefaultFiles();
        app.Use((ctx, next) =>
        {
            PreferPrecompressed(ctx, environment.WebRootFileProvider);
            return next(ctx);
        });
        app.UseStaticFiles(Options());
        return app;
    }

    /// <summary>
    /// Client-side routes (no file extension) get index.html, compressed like the rest: MapFallbackToFile's own
    /// pipeline (path rewrite, endpoint cleared, static files) with the pre-compressed step in it.
    /// </summary>
    public static IEndpointConventionBuilder MapSpaFallback(this IEndpointRouteBuilder endpoints, IWebHostEnvironment environment)
    {
        var spa = endpoints.CreateApplicationBuilder();
        spa.Use(next => ctx =>
        {
            ctx.Request.Path = "/index.html";
            ctx.SetEndpoint(null);
            return next(ctx);
        });
        spa.Use((ctx, next) =>
        {
            PreferPrecompressed(ctx, environment.WebRootFileProvider);
            return next(ctx);
        });
        spa.UseStaticFiles(Options());
        return endpoints.MapFallback("{*path:nonfile}", spa.Build());
    }

    private static StaticFileOptions Options() => new()
    {
        ContentTypeProvider = new PrecompressedContentTypeProvider(),
        OnPrepareResponse = ctx =>
        {
            var headers = ctx.Context.Response.Headers;
            var name = ctx.File.Name;
            foreach (var (token, suffix) in Encodings)
            {
                if (!name.EndsWith(suffix, StringComparison.Ordinal)) continue;
                headers.ContentEncoding = token;
                break;
            }
            headers.Vary = HeaderNames.AcceptEncoding;
            headers.CacheControl = ctx.Context.Request.Path.StartsWithSegments("/assets") ? ImmutableCacheControl : "no-cache";
        },
    };

    /// <summary>Points the request at name.br / name.gz when it exists and the client accepts that encoding.</summary>
    private static void PreferPrecompressed(HttpContext ctx, IFileProvider files)
    {
        var request = ctx.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return;
        var path = request.Path.Value;
        if (string.IsNullOrEmpty(path) || !Path.HasExtension(path) || path.EndsWith(".br", StringComparison.Ordinal) || path.EndsWith(".gz", StringComparison.Ordinal))
            return;
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        if (accepted.Count == 0) return;
        foreach (var (token, suffix) in Encodings)
        {
            if (!accepted.Any(e => e.Value.Equals(token, StringComparison.OrdinalIgnoreCase) && e.Quality is null or > 0)) continue;
            if (!files.GetFileInfo(path + suffix).Exists) continue;
            request.Path = path + suffix;
            return;
        }
    }

    /// <summary>"app.js.br" has the type of "app.js" (its Content-Encoding says how it is packed).</summary>
    private sealed class PrecompressedContentTypeProvider : IContentTypeProvider
    {
        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, suffix) in Encodings)
                if (subpath.EndsWith(suffix, StringComparison.Ordinal))
                    return Types.TryGetContentType(subpath[..^suffix.Length], out contentType!);
            return Types.TryGetContentType(subpath, out contentType!);
        }
    }
}
