using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Jinning.Contracts.AsyncApi;

/// <summary>What a department's broker account may do: its own queues, and its own routing key on the transfer exchange.</summary>
internal static class BrokerPermissions
{
    public static JsonObject SecurityScheme() => new()
    {
        ["type"] = "userPassword",
        ["description"] = "用户名 dept.{departmentCode}，密码为区营商环境办发放的客户端密钥（与 /connect/token 使用的相同，重置时一起更换）。"
            + "账号只能声明、读取名为 dept.{departmentCode}.* 的队列，只能以本单位代码为路由键绑定转办交换机，不能发布消息。",
        ["x-jinning-permissions"] = new JsonObject
        {
            ["vhost"] = "/",
            ["configure"] = "^dept\\.{departmentCode}\\..*$",
            ["write"] = "^dept\\.{departmentCode}\\..*$",
            ["read"] = $"^(dept\\.{{departmentCode}}\\..*|{Regex.Escape(DepartmentContract.IssueTransferredExchange)})$",
            ["topic"] = new JsonObject
            {
                ["exchange"] = DepartmentContract.IssueTransferredExchange,
                ["read"] = "^{departmentCode}$",
                ["write"] = "^$",
            },
        },
    };
}
