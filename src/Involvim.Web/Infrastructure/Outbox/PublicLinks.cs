using Microsoft.Extensions.Options;

namespace Involvim.Web.Infrastructure.Outbox;

/// <summary>Absolute links for e-mails: the configured public address, else the current request's host.</summary>
public sealed class PublicLinks(IOptions<MailOptions> options, IHttpContextAccessor http)
{
    public string Absolute(string path)
    {
        var configured = options.Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/') + path;
        }

        var request = http.HttpContext?.Request;
        return request is null ? path : $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }
}
