using PetitionBot.Protocol.Transport;

namespace PetitionBot.Protocol.Tests.Transport;

/// <summary>A body is read whole up to the limit and refused past it, in whatever pieces the stream gives it.</summary>
public sealed class BoundedBodyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(40_000)]
    public async Task A_body_up_to_the_limit_is_read_whole(int length)
    {
        var bytes = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();

        var read = await BoundedBody.ReadAsync(new MemoryStream(bytes), limit: 40_000, CancellationToken.None);

        Assert.Equal(bytes, read);
    }

    [Fact]
    public async Task A_body_one_byte_past_the_limit_is_refused() =>
        Assert.Null(await BoundedBody.ReadAsync(new MemoryStream(new byte[40_001]), limit: 40_000, CancellationToken.None));
}
