using LaiChau.PlanRules;

namespace WebHost.Register;

/// <summary>
/// Moves the monitor's as-of date at each midnight in Vietnam (UTC+7), waiting on the injected
/// <see cref="TimeProvider"/>, so a test moves a <c>FakeTimeProvider</c> past midnight instead of waiting.
/// </summary>
internal sealed class MidnightRollover(DocumentRegister register, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            register.AdvanceToToday(); // also catches a day that passed while the host was starting
            var now = clock.GetUtcNow();
            var nextMidnight = new DateTimeOffset(VietnamTime.LocalDate(now).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));
            await Task.Delay(nextMidnight - now, clock, stoppingToken);
        }
    }
}
