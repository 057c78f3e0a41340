namespace PetitionBot.Channels.WebChat.SignIn;

/// <summary>
/// Bounds the password checks running at once: each costs ~0.2 s of a core, so a burst of sign-ins could otherwise
/// starve every other request. A sign-in waits briefly for a turn and is otherwise told to try again.
/// </summary>
public sealed class PasswordCheckGate(SignInLimitOptions options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.ConcurrentHashes, options.ConcurrentHashes);

    /// <summary>A turn to check one password (dispose it when done), or null when none came free in time.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancellationToken) =>
        await _slots.WaitAsync(options.HashWait, cancellationToken) ? new Turn(_slots) : null;

    public void Dispose() => _slots.Dispose();

    private sealed class Turn(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                slots.Release();
        }
    }
}
