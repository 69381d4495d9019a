using System.Text.Json;
using Microsoft.Playwright;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Jinning.Web.Tests;

/// <summary>What the office's people screens and the duty pages need from a test: ID numbers, confirmations, QR codes.</summary>
public static class PeopleScreens
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A citizen ID number with its right check character (GB 11643-1999), of nobody else.</summary>
    public static string NewIdNumber()
    {
        var body = $"530122{Random.Shared.Next(1960, 2000)}0{Random.Shared.Next(1, 10)}1{Random.Shared.Next(0, 10)}{Random.Shared.Next(100, 1000)}";
        return body + CheckCharacter(body);
    }

    public static char CheckCharacter(string first17) => "10X98765432"[first17.Take(17).Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];

    /// <summary>The same number with a wrong check character.</summary>
    public static string WithWrongCheckCharacter(string idNumber) => idNumber[..17] + (idNumber[17] == '1' ? '2' : '1');

    /// <summary>Answers the open Popconfirm with its OK button.</summary>
    public static async Task ConfirmAsync(this IPage page)
    {
        var ok = page.Locator(".ant-popover:not(.ant-popover-hidden) .ant-popover-buttons .ant-btn-primary");
        await ok.ClickAsync();
    }

    /// <summary>Reads the QR code of an image on the page: the browser gives its pixels, ZXing decodes them.</summary>
    public static async Task<string> DecodeQrCodeAsync(this IPage page, string selector)
    {
        var image = await page.EvaluateAsync<JsonElement>(
            """
            selector => {
                const img = document.querySelector(selector);
                const canvas = document.createElement('canvas');
                canvas.width = img.naturalWidth;
                canvas.height = img.naturalHeight;
                const context = canvas.getContext('2d');
                context.drawImage(img, 0, 0);
                return { width: canvas.width, height: canvas.height, pixels: Array.from(context.getImageData(0, 0, canvas.width, canvas.height).data) };
            }
            """, selector);
        var width = image.GetProperty("width").GetInt32();
        var height = image.GetProperty("height").GetInt32();
        var pixels = image.GetProperty("pixels").EnumerateArray().Select(p => (byte)p.GetInt32()).ToArray();
        var source = new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.RGBA32);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
        Assert.True(result is not null, "the QR code could not be decoded");
        return result.Text;
    }
}
