using QRCoder;

namespace Jinning.Web.Certificates;

/// <summary>
/// The QR code printed on a certificate (聘书): it opens the public check of that certificate at the
/// platform's public address (the gateway, <c>Auth:Issuer</c>), so anyone can see it is genuine and current.
/// </summary>
public sealed class CertificateQrCode(IConfiguration configuration)
{
    private readonly string _origin = (configuration["Auth:Issuer"]
        ?? throw new InvalidOperationException("Auth:Issuer (the gateway's address) is not configured.")).TrimEnd('/');

    public string VerificationUrl(string certificateNumber) => $"{_origin}/certificates/{Uri.EscapeDataString(certificateNumber)}";

    /// <summary>A PNG as a data URI, drawn on the server: the page needs no script and prints as it shows.</summary>
    public string PngDataUri(string certificateNumber)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(VerificationUrl(certificateNumber), QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return $"data:image/png;base64,{Convert.ToBase64String(png)}";
    }
}
