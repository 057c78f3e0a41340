using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;

namespace PetitionBot.Cases.Demo;

/// <summary>
/// A handful of invented cases around "today" in two units, so a newcomer sees logging, 本周到期, yellow and red
/// at once. Dates are searched backwards from today until the engine gives the wanted colour, so the demo stays
/// right whatever the holidays. For the embedded store only; the host decides when to call it.
/// </summary>
public sealed class DemoCaseSeeder(ICaseStore store, CaseDeadlines deadlines)
{
    // The three demo sign-ins (the Web Chat page offers the same ids).
    public static readonly DemoOfficer DefaultOfficerA = new("officer-li", "李明", "城关镇信访办");
    public static readonly DemoOfficer Supervisor = new("supervisor-zhao", "赵敏", "县信访局", "supervisor");
    public static readonly DemoOfficer Staff = new("staff-wang", "王强", "东关街道办事处", "staff");

    /// <summary>Handles the second unit's cases; not a sign-in.</summary>
    public static readonly DemoOfficer DefaultOfficerB = new("officer-zhou", "周红", "东关街道办事处");

    public static IReadOnlyList<DemoOfficer> SignIns { get; } = [DefaultOfficerA, Supervisor, Staff];

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private const int SearchDays = 150;

    /// <summary>Seeds the demo cases unless the store already holds any; returns what was created.</summary>
    public async Task<IReadOnlyList<PetitionCase>> SeedAsync(DateOnly today, CancellationToken cancellationToken,
        DemoOfficer? officerA = null, DemoOfficer? officerB = null)
    {
        if ((await store.FindAsync(new CaseQuery { Limit = 1 }, cancellationToken)).Count > 0)
            return [];
        var a = officerA ?? DefaultOfficerA;
        var b = officerB ?? DefaultOfficerB;
        var seeded = new List<PetitionCase>();

        // Just registered, a 集体访 of six: routing due in about two weeks.
        seeded.Add(await RegisterAsync(a, today.AddDays(-1), "王秀兰", "13800001001", 6, "劳动社保",
            "某建筑公司拖欠6名工人工资共计4.2万元，请求督促支付", cancellationToken));

        // Accepted, 办结 due within three working days (yellow).
        var yellowStart = FindStart(today, DeadlineStep.Conclude, DeadlineColour.Yellow);
        var yellow = await RegisterAsync(a, yellowStart.AddDays(-2), "张建国", "13800001002", 1, "城乡建设",
            "小区外墙脱落存在安全隐患，请求维修", cancellationToken);
        seeded.Add(await ApplyAsync(yellow, Accept(a, yellowStart), cancellationToken));

        // Transferred to the other unit, 受理告知 overdue (red).
        var redStart = FindStart(today, DeadlineStep.TransferAcceptanceNotice, DeadlineColour.Red);
        var red = await RegisterAsync(a, redStart.AddDays(-1), "李桂芳", "13800001003", 1, "国土资源",
            "宅基地确权纠纷，请求重新测量", cancellationToken);
        seeded.Add(await ApplyAsync(red, new TransferCase
        {
            By = Actor(a), At = At(redStart), On = redStart, ToUnit = b.Unit, Why = "问题属地在" + UnitPlace.Of(b.Unit),
        }, cancellationToken));

        // In progress in the other unit, extended once, nothing urgent.
        var extendedStart = today.AddDays(-50);
        var extended = await RegisterAsync(b, extendedStart.AddDays(-3), "刘明", "13800001004", 2, "卫生健康",
            "对医疗费用报销比例有异议", cancellationToken);
        extended = await ApplyAsync(extended, Accept(b, extendedStart), cancellationToken);
        seeded.Add(await ApplyAsync(extended, new ExtendCase
        {
            By = Actor(b), At = At(today.AddDays(-2)), On = today.AddDays(-2), Days = 30, Approver = "东关街道办事处主任 孙伟",
            Why = "需会同医保部门核查历年报销记录",
        }, cancellationToken));

        // Answered: the petitioner may still ask for 复查.
        var answeredStart = today.AddDays(-40);
        var answered = await RegisterAsync(b, answeredStart.AddDays(-1), "陈志强", "13800001005", 1, "教育",
            "子女入学划片有误，请求调整", cancellationToken);
        answered = await ApplyAsync(answered, Accept(b, answeredStart), cancellationToken);
        answered = await ApplyAsync(answered, new ConcludeCase
        {
            By = Actor(b), At = At(today.AddDays(-10)), On = today.AddDays(-10), Opinion = HandlingOpinion.Explanation,
            Why = "经核实划片符合规定，已解释说明",
        }, cancellationToken);
        seeded.Add(await ApplyAsync(answered, new DeliverReply { By = Actor(b), At = At(today.AddDays(-8)), On = today.AddDays(-8) },
            cancellationToken));

        // Not accepted: told to use the courts.
        var rejected = await RegisterAsync(a, today.AddDays(-3), "赵淑珍", "13800001006", 1, "政法",
            "对已生效判决不服", cancellationToken);
        seeded.Add(await ApplyAsync(rejected, new RejectCase
        {
            By = Actor(a), At = At(today.AddDays(-2)), On = today.AddDays(-2), Why = "属诉讼程序范围，已告知依法申请再审",
        }, cancellationToken));
        return seeded;
    }

    /// <summary>The latest day, counting back from today, on which starting the step's clock gives the wanted colour today.</summary>
    private DateOnly FindStart(DateOnly today, DeadlineStep step, DeadlineColour wanted)
    {
        var limit = deadlines.Policy.Rule(step).Limit;
        for (var back = 0; back < SearchDays; back++)
        {
            var start = today.AddDays(-back);
            var due = deadlines.Calculator.DueDate(start, limit).Date;
            if (deadlines.Calculator.Colour(due, today, deadlines.Policy.YellowWorkingDays) == wanted)
                return start;
        }
        throw new InvalidOperationException($"No start day within {SearchDays} days gives {wanted} for {step}.");
    }

    private async Task<PetitionCase> RegisterAsync(DemoOfficer officer, DateOnly day, string name, string phone, int people,
        string category, string request, CancellationToken cancellationToken) =>
        await store.CreateAsync(new RegisterCase
        {
            By = Actor(officer),
            At = At(day),
            Case = new NewCase
            {
                Form = PetitionForm.Visit,
                Petitioners = [new Petitioner(name, phone)],
                PeopleCount = people,
                ProblemLocation = UnitPlace.Of(officer.Unit),
                Nature = MatterNature.Claim,
                Category = category,
                Claim = new PetitionClaim(request),
                RegisteringUnit = officer.Unit,
                ReceivedAt = At(day).AddHours(-1),
            },
        }, cancellationToken);

    private Task<PetitionCase> ApplyAsync(PetitionCase c, CaseCommand command, CancellationToken cancellationToken) =>
        store.ApplyAsync(c.Number, command, c.Version, cancellationToken);

    private static AcceptCase Accept(DemoOfficer officer, DateOnly day) =>
        new() { By = Actor(officer), At = At(day), On = day, Officer = officer.Id, Unit = officer.Unit, Why = "属本单位职责" };

    private static Actor Actor(DemoOfficer officer) => new(officer.Id, officer.Name, officer.Unit);

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), Beijing);
}
