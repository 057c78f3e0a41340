using System.Globalization;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;

namespace PetitionBot.Cases.Tests;

/// <summary>Commands and cases for tests, with dates written as ISO days at 10:00 Beijing time.</summary>
internal static class CaseFactory
{
    public static readonly Actor Officer = new("officer-li", "李明", "城关镇");
    public static readonly Actor Supervisor = new("supervisor-zhao", "赵强", "县信访局");

    public static CaseLifecycle StatusMachine { get; } = new(new CaseDeadlines(TestData.Policy, TestData.Calculator));

    public static DateTimeOffset At(string day) =>
        new(DateOnly.Parse(day, CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    public static RegisterCase Register(string receivedOn = "2026-03-17", int people = 1, string name = "王秀兰",
        string? phone = "13812345678", string unit = "城关镇", string? jurisdiction = null, Actor? by = null,
        string idNumber = "11010519491231002X") => new()
    {
        By = by ?? Officer,
        At = At(receivedOn),
        Case = new NewCase
        {
            Form = PetitionForm.Visit,
            Petitioners = [new Petitioner(name, phone, idNumber, "城关镇东街1号")],
            PeopleCount = people,
            ProblemLocation = unit,
            Nature = MatterNature.Claim,
            Category = "劳动社保",
            Claim = new PetitionClaim("追讨拖欠工资4.2万元", "某建筑公司拖欠6名工人工资"),
            RegisteringUnit = unit,
            Jurisdiction = jurisdiction,
            ReceivedAt = At(receivedOn).AddHours(-1),
        },
    };

    public static PetitionCase Registered(string receivedOn = "2026-03-17", int people = 1, string? jurisdiction = null) =>
        StatusMachine.Register(Register(receivedOn, people, jurisdiction: jurisdiction), "XF-2026-000001", "7K3Q9P");

    public static AcceptCase Accept(string on, string? officer = "officer-li") =>
        new() { By = Officer, At = At(on), On = D(on), Officer = officer, Why = "属于本机关职权范围" };

    public static TransferCase Transfer(string on, string unit = "县人社局") =>
        new() { By = Officer, At = At(on), On = D(on), ToUnit = unit, Why = "属人社部门职责" };

    public static ExtendCase Extend(string on, int days = 30, string approver = "赵强", string? why = "需调取多年工资台账") =>
        new() { By = Officer, At = At(on), On = D(on), Days = days, Approver = approver, Why = why };

    public static ConcludeCase Conclude(string on) =>
        new() { By = Officer, At = At(on), On = D(on), Opinion = HandlingOpinion.Support, Why = "已责令公司支付欠薪" };

    public static DeliverReply Deliver(string on) => new() { By = Officer, At = At(on), On = D(on) };

    public static EvaluateCase Evaluate(string on, Satisfaction satisfaction) =>
        new() { By = Officer, At = At(on), On = D(on), Satisfaction = satisfaction };

    public static RequestReview RequestReview(string on) => new() { By = Officer, At = At(on), On = D(on), Why = "对处理意见不服" };

    public static DecideReview DecideReview(string on, string delivered) =>
        new() { By = Supervisor, At = At(delivered), On = D(on), DeliveredOn = D(delivered), Why = "维持原处理意见" };

    public static RequestReReview RequestReReview(string on) => new() { By = Officer, At = At(on), On = D(on), Why = "对复查意见不服" };

    public static CloseCase Close(string on) => new() { By = Officer, At = At(on), On = D(on) };

    public static DateOnly D(string day) => TestData.D(day);

    /// <summary>Applies commands in order.</summary>
    public static PetitionCase Then(this PetitionCase c, params CaseCommand[] commands) =>
        commands.Aggregate(c, StatusMachine.Apply);
}
