using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jinning.Web.Tests;

/// <summary>From a nominating unit's nomination to a supervisor reading their own file, each role through its own screens.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class NominationJourneyTests(ConsoleFixture console)
{
    [Fact]
    public async Task UnitNominates_OfficeVetsApprovesAppoints_CertificateQrVerifies_SupervisorActivatesAndSeesTheirFile()
    {
        const string name = "李明远";
        var idNumber = PeopleScreens.NewIdNumber();

        // The nominating unit: a wrong check digit is refused beside the field before anything is sent.
        var unit = await console.OpenAsync(Screen.Desktop);
        await unit.SignInAsync("nominator.commerce-investment", Accounts.DevelopmentPassword, "/nominator");
        await unit.GotoAsync("/nominator/nominate");
        await unit.WaitForInteractiveAsync();
        await unit.FillAsync("#name", name);
        await unit.FillAsync("#idNumber", PeopleScreens.WithWrongCheckCharacter(idNumber));
        await unit.FillAsync("#phone", "13987650000");
        await unit.FillAsync("#email", "limingyuan@example.com");
        await unit.FillAsync("#workplace", "晋宁区某食品有限公司");
        await unit.ClickAsync(".category-choice >> text=企业代表");
        await unit.ClickAsync(".nominate-form button[type=submit]");
        await Assertions.Expect(unit.Locator(".ant-form-item-explain-error")).ToContainTextAsync("身份证号码校验位不正确");
        await unit.ScreenshotAsync("nominator-nominate-check-digit");
        await unit.AssertAccessibleAsync();
        await unit.FillAsync("#idNumber", idNumber);
        await unit.ClickAsync(".nominate-form button[type=submit]");
        await Assertions.Expect(unit.Locator(".status-result-title")).ToContainTextAsync($"已推荐{name}");
        await unit.GotoAsync("/nominator");
        await Assertions.Expect(unit.Locator(".nomination-table")).ToContainTextAsync(name);
        await Assertions.Expect(unit.Locator(".nomination-table tr", new() { HasText = name })).ToContainTextAsync("等待区营商环境办审核");

        // The office: vets against Art. 2, approves and appoints; the activation code is shown once.
        var office = await console.OpenAsync(Screen.Desktop);
        await office.SignInAsync("office", Accounts.DevelopmentPassword, "/office");
        await office.GotoAsync("/office/nominations");
        await office.WaitForInteractiveAsync();
        await office.ScreenshotAsync("office-nominations");
        await office.AssertAccessibleAsync();
        await office.ClickAsync($".nomination-table >> text={name}");
        await office.WaitForURLAsync(new Regex(@"/office/nominations/[0-9a-f-]{36}$"));
        await Assertions.Expect(office.Locator(".detail-card").First).ToContainTextAsync(idNumber);
        foreach (var condition in await office.Locator(".vetting-form fieldset").First.Locator("input[type=checkbox]").AllAsync())
        {
            await condition.CheckAsync();
        }
        await Assertions.Expect(office.Locator(".vetting-outcome")).ToContainTextAsync("符合聘任条件");
        await office.ScreenshotAsync("office-nomination-vetting");
        await office.AssertAccessibleAsync();
        await office.ClickAsync(".vet-button");
        await office.ConfirmAsync();
        await office.ClickAsync(".approve-button");
        await office.ConfirmAsync();
        await office.ClickAsync(".appoint-button");
        await office.ConfirmAsync();
        var code = office.GetByTestId("activation-code");
        await Assertions.Expect(code).ToHaveTextAsync(new Regex(@"^\S{6,}$"));
        var activationCode = (await code.TextContentAsync())!;
        var certificateNumber = (await office.GetByTestId("certificate-number").First.TextContentAsync())!;
        Assert.Matches(@"^JN-\d{4}-\d{4}$", certificateNumber);
        await Assertions.Expect(office.Locator(".activation-note")).ToContainTextAsync("只显示这一次");
        await office.ScreenshotAsync("office-appointed");
        await office.AssertAccessibleAsync();

        // Once the page is left, the code is gone for good.
        var certificateLink = await office.Locator(".appointment-result a", new() { HasText = "打印聘书" }).GetAttributeAsync("href");
        await office.ReloadAsync();
        await office.WaitForInteractiveAsync();
        await Assertions.Expect(office.Locator(".action-card")).ToContainTextAsync("查看监督员档案");
        Assert.DoesNotContain(activationCode, await office.ContentAsync());

        // The certificate: its QR code decodes to the public check of this certificate; printing hides the console.
        await office.GotoAsync(certificateLink!);
        await office.WaitForInteractiveAsync();
        await Assertions.Expect(office.Locator(".certificate")).ToContainTextAsync(name);
        var url = await office.DecodeQrCodeAsync("[data-testid=certificate-qr]");
        Assert.Equal($"{console.BaseUrl}/certificates/{certificateNumber}", url);
        await office.ScreenshotAsync("office-certificate");
        await office.AssertAccessibleAsync();
        await office.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(office.Locator(".area-side")).ToBeHiddenAsync();
        await Assertions.Expect(office.Locator(".print-toolbar")).ToBeHiddenAsync();
        await office.ScreenshotAsync("office-certificate-print");
        await office.EmulateMediaAsync(new() { Media = Media.Screen });
        var check = await console.OpenAsync(Screen.Phone);
        await check.GotoAsync(url);
        await Assertions.Expect(check.Locator("main")).ToContainTextAsync("有效");

        // The supervisor: activates with the code handed over, signs in and finds their file.
        var phone = await console.OpenAsync(Screen.Phone);
        await phone.GotoAsync("/activate");
        await phone.FillAsync("#certificateNumber", certificateNumber);
        await phone.FillAsync("#activationCode", activationCode);
        await phone.FillAsync("#password", "Limingyuan2026pass");
        await phone.FillAsync("#confirmPassword", "Limingyuan2026pass");
        await phone.CheckAsync("#pledgeAccepted");
        await phone.ClickAsync("form.plain-form button[type=submit]");
        await phone.WaitForURLAsync(new Regex("/account/login"));
        await phone.FillAsync("#password", "Limingyuan2026pass");
        await phone.ClickAsync("button[type=submit]");
        await phone.WaitForURLAsync(new Regex("/supervisor$"));
        await phone.GotoAsync("/supervisor/file");
        await phone.WaitForInteractiveAsync();
        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync(certificateNumber);
        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync(name);

        // The unit hears of the appointment in its own area.
        await unit.GotoAsync("/nominator");
        await Assertions.Expect(unit.Locator(".nomination-table tr", new() { HasText = name })).ToContainTextAsync("已聘任");
        await unit.WaitForInteractiveAsync();
        await unit.ScreenshotAsync("nominator-home");
        await unit.AssertAccessibleAsync();
    }
}
