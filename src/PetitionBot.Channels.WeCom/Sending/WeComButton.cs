namespace PetitionBot.Channels.WeCom.Sending;

/// <summary>A button as WeCom shows it: its label and the text it posts when pressed.</summary>
public sealed record WeComButton(string Label, string Posts);
