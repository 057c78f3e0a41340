using System.Text;
using PetitionBot.Conversation.Dialogs.Fields;
using PetitionBot.Conversation.Turns;
using PetitionBot.Language.Text;

namespace PetitionBot.Conversation.Dialogs;

/// <summary>Runs the guided forms: asks each field, re-asks on a bad answer, handles 帮助/取消/返回/从头开始/跳过, confirms, submits.</summary>
public sealed class FormEngine
{
    private const int AttemptsBeforeOfferingWayOut = 3;
    private readonly FormCatalog _catalog;
    private readonly FieldTypeRegistry _fieldTypes;
    private readonly Dictionary<string, IFormSubmitHandler> _handlers;
    private readonly IFormValueMasker _masker;
    private readonly FormSentenceFiller _filler;

    private readonly IMainMenu? _menu;

    public FormEngine(FormCatalog catalog, FieldTypeRegistry fieldTypes, IEnumerable<IFormSubmitHandler> handlers, IFormValueMasker masker,
        IMainMenu? menu = null)
    {
        _menu = menu;
        _catalog = catalog;
        _fieldTypes = fieldTypes;
        _handlers = handlers.ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);
        _masker = masker;
        _filler = new FormSentenceFiller(fieldTypes);
    }

    public FormCatalog Catalog => _catalog;

    public static FormFrame? Active(TurnContext turn) => turn.Conversation.DialogStack.LastOrDefault();

    /// <summary>
    /// Starts a form; values found in the opening sentence (登记来访 张三 13812345678 …) are filled and not asked again,
    /// and only required fields are asked after it: who says it all in one line wants speed (optional ones can still be
    /// added at the review, "改 身份证号 …").
    /// </summary>
    public async Task BeginAsync(TurnContext turn, string formId, string? openingSentence, CancellationToken ct)
    {
        var form = _catalog.Find(formId) ?? throw new KeyNotFoundException($"No form '{formId}'.");
        var starter = turn.Activity.From;
        var frame = new FormFrame { FormId = form.Id, Version = form.Fingerprint, StartedBy = starter?.Id, StartedByName = starter?.Name };
        if (!string.IsNullOrWhiteSpace(openingSentence))
            foreach (var (name, value) in _filler.Fill(form, openingSentence, new FieldReadingContext(turn.ReferenceTime)))
            {
                frame.Values[name] = value;
                frame.Filled.Add(name);
            }
        turn.Conversation.DialogStack.Add(frame);

        if (frame.Values.Count == 0)
        {
            await AskNextAsync(turn, form, frame, form.Start ?? $"开始{form.Title}。", withHint: true, ct);
            return;
        }
        frame.Skipped.AddRange(form.Fields.Where(f => f.Optional && !frame.Values.ContainsKey(f.Name)).Select(f => f.Name));
        var recognised = form.Fields.Where(f => frame.Values.ContainsKey(f.Name)).Select(f => ShowValue(f, frame.Values[f.Name]));
        var missing = form.Fields.Where(f => !f.Optional && !frame.Values.ContainsKey(f.Name)).Select(f => f.Label).ToList();
        // Everything read: the review that follows lists it all, so it is not listed twice.
        var opening = missing.Count == 0 ? "已识别全部内容。" : $"已识别：{string.Join(" · ", recognised)}\n还差：{string.Join("、", missing)}。";
        await AskNextAsync(turn, form, frame, opening, withHint: false, ct);
    }

    /// <summary>True when the message reads as an answer to the active form's current step (a valid value or a steering word).</summary>
    public bool Accepts(TurnContext turn, string text)
    {
        if (Active(turn) is not { } frame || _catalog.Find(frame.FormId) is not { } form) return false;
        if (FormCommand.Read(text).Kind != FormCommandKind.None) return true;
        if (frame.Phase is not (FormPhase.Collecting or FormPhase.Editing)) return false;
        return _fieldTypes.Get(Current(form, frame).Type).Read(text, Current(form, frame), new FieldReadingContext(turn.ReferenceTime)).Succeeded;
    }

    /// <summary>True when the active form waits for a free-text answer (诉求, 属地), which can hold almost anything.</summary>
    public bool IsAskingForFreeText(TurnContext turn) =>
        Active(turn) is { Phase: FormPhase.Collecting or FormPhase.Editing } frame && _catalog.Find(frame.FormId) is { } form
        && Current(form, frame).TakesFreeText;

    /// <summary>True when the message's sender may answer the form: the member who started it (anyone for older state).</summary>
    public static bool IsStarter(FormFrame frame, TurnContext turn) =>
        frame.StartedBy is null || string.Equals(frame.StartedBy, turn.Activity.From?.Id, StringComparison.Ordinal);

    /// <summary>Asks the active form's current question again, after the user stepped aside (a query mid-form).</summary>
    public void Reprompt(TurnContext turn)
    {
        if (Active(turn) is not { } frame || !IsStarter(frame, turn) || _catalog.Find(frame.FormId) is not { } form) return;
        if (frame.Phase is FormPhase.Reviewing or FormPhase.ChoosingEdit)
        {
            turn.SendText($"（继续{form.Title}：请核对后说“{form.SubmitButton}”。）", form.SubmitButton, "修改", "取消");
            return;
        }
        turn.SendText($"（继续{form.Title}）{Current(form, frame).Prompt}");
    }

    /// <summary>Handles the user's message for the active form.</summary>
    public async Task ContinueAsync(TurnContext turn, CancellationToken ct)
    {
        var frame = Active(turn) ?? throw new InvalidOperationException("No active form.");
        if (!IsStarter(frame, turn))
        {
            // Another member of a group chat: nothing of the form changes.
            turn.SendText(FormOwnership.OthersForm(frame), "帮助");
            return;
        }
        var form = _catalog.Find(frame.FormId);
        if (form is null || form.Fingerprint != frame.Version)
        {
            turn.Conversation.DialogStack.Remove(frame);
            if (form is null)
            {
                turn.SendText("这个表单已经停用，刚才的填写没有保存。请重新说要办的事。");
                return;
            }
            turn.SendText($"“{form.Title}”的表单刚刚更新过，需要从头填写，抱歉。");
            await BeginAsync(turn, form.Id, null, ct);
            return;
        }

        var text = turn.Activity.Text?.Trim() ?? "";
        var command = FormCommand.Read(text);
        switch (command.Kind)
        {
            case FormCommandKind.Cancel:
                turn.Conversation.DialogStack.Remove(frame);
                turn.SendText($"已取消{form.Title}，填写的内容没有保存。", _menu?.ButtonsFor(turn) ?? []);
                return;
            case FormCommandKind.Restart:
                turn.Conversation.DialogStack.Remove(frame);
                await BeginAsync(turn, form.Id, null, ct);
                return;
            case FormCommandKind.Back:
                await GoBackAsync(turn, form, frame, ct);
                return;
            case FormCommandKind.Help:
                await HelpAsync(turn, form, frame, ct);
                return;
        }

        switch (frame.Phase)
        {
            case FormPhase.ConfirmingValue:
                await ConfirmPendingAsync(turn, form, frame, command, text, ct);
                break;
            case FormPhase.Reviewing:
                await ReviewAsync(turn, form, frame, command, ct);
                break;
            case FormPhase.ChoosingEdit:
                await ChooseEditAsync(turn, form, frame, text, ct);
                break;
            default:
                await AnswerAsync(turn, form, frame, command, text, ct);
                break;
        }
    }

    private async Task AnswerAsync(TurnContext turn, FormDefinition form, FormFrame frame, FormCommand command, string text, CancellationToken ct)
    {
        var field = Current(form, frame);
        if (command.Kind == FormCommandKind.Skip)
        {
            if (!field.Optional)
            {
                turn.SendText($"{field.Label}必须填写。{field.Prompt}");
                return;
            }
            frame.Values.Remove(field.Name);
            if (!frame.Skipped.Contains(field.Name)) frame.Skipped.Add(field.Name);
            frame.Filled.Add(field.Name);
            await AfterFieldAsync(turn, form, frame, "", ct);
            return;
        }

        text = VisibleText.Of(text).Trim();
        var limit = field.MaxLength ?? FormField.DefaultMaxLength;
        var reading = text.Length > limit
            ? FieldReading.Fail($"这段有{text.Length}字，{field.Label}最多{limit}字，请精简后再说。")
            : _fieldTypes.Get(field.Type).Read(text, field, new FieldReadingContext(turn.ReferenceTime));
        if (!reading.Succeeded && frame.Phase == FormPhase.Collecting
            && FillOthersFromTheSameAnswer(form, frame, field, text, turn) is { Count: > 0 } others)
        {
            // Not this field, but clearly another one still open (信访形式 "走访" typed when 身份证号 was asked).
            var kept = others.Select(name => form.FindField(name)!).Select(f => $"{f.Label}：{ShowValue(f, frame.Values[f.Name])}");
            turn.SendText($"已记下{string.Join("，", kept)}。\n{field.Prompt}", field.Optional ? ["跳过"] : []);
            return;
        }
        if (!reading.Succeeded)
        {
            frame.Attempts++;
            var again = field.Reprompt ?? field.Prompt;
            if (frame.Attempts >= AttemptsBeforeOfferingWayOut)
                turn.SendText($"{reading.Error}{again}", field.Optional ? ["帮助", "跳过", "取消"] : ["帮助", "取消"]);
            else
                turn.SendText($"{reading.Error}{again}");
            return;
        }

        frame.Attempts = 0;
        if (frame.Phase == FormPhase.Collecting && !field.TakesFreeText && MayCarrySeveralValues(text))
            FillOthersFromTheSameAnswer(form, frame, field, text, turn);
        if (reading.NeedsConfirmation && (field.ConfirmParsed || reading.Question is not null))
        {
            frame.Pending = reading.Value;
            frame.Phase = FormPhase.ConfirmingValue;
            // A tapped suggestion arrives as a new answer and is read again.
            turn.SendText(reading.Question ?? $"{ShowValue(field, reading.Value!)}，对吗？", ["对", "不对", .. reading.Suggestions ?? []]);
            return;
        }
        await KeepAsync(turn, form, frame, field, reading.Value!, ct);
    }

    private async Task ConfirmPendingAsync(TurnContext turn, FormDefinition form, FormFrame frame, FormCommand command, string text, CancellationToken ct)
    {
        var field = Current(form, frame);
        if (command.Kind is FormCommandKind.Yes or FormCommandKind.Submit && frame.Pending is not null)
        {
            var value = frame.Pending;
            frame.Pending = null;
            await KeepAsync(turn, form, frame, field, value, ct);
            return;
        }
        frame.Pending = null;
        frame.Phase = frame.Values.Count > 0 && NextMissing(form, frame) is null ? FormPhase.Editing : FormPhase.Collecting;
        if (command.Kind == FormCommandKind.No)
        {
            turn.SendText($"好的，请再说一次。{field.Reprompt ?? field.Prompt}");
            return;
        }
        // Anything else is taken as a corrected answer.
        await AnswerAsync(turn, form, frame, command, text, ct);
    }

    private async Task KeepAsync(TurnContext turn, FormDefinition form, FormFrame frame, FormField field, FieldValue value, CancellationToken ct)
    {
        frame.Values[field.Name] = value;
        frame.Skipped.Remove(field.Name);
        frame.Filled.Remove(field.Name);
        frame.Filled.Add(field.Name);
        var note = NoteFor(field, value);
        if (frame.Phase == FormPhase.Editing)
        {
            await ReviewPromptAsync(turn, form, frame, $"已改为{ShowValue(field, value)}。{note}", ct);
            return;
        }
        // Echo the value only when it triggers a remark (6人，按集体访登记…); confirmed values were already echoed.
        await AfterFieldAsync(turn, form, frame, note.Length > 0 ? $"{ShowValue(field, value)}，{note}" : "", ct);
    }

    private Task AfterFieldAsync(TurnContext turn, FormDefinition form, FormFrame frame, string acknowledgement, CancellationToken ct)
    {
        frame.Phase = FormPhase.Collecting;
        return AskNextAsync(turn, form, frame, acknowledgement, withHint: false, ct);
    }

    private Task AskNextAsync(TurnContext turn, FormDefinition form, FormFrame frame, string prefix, bool withHint, CancellationToken ct)
    {
        var next = NextMissing(form, frame);
        if (next is null)
            return ReviewPromptAsync(turn, form, frame, prefix, ct);
        frame.CurrentField = next.Name;
        frame.Phase = FormPhase.Collecting;
        var hint = withHint ? form.Hint : null;
        var buttons = next.Type == "choice" && next.Choices.Count <= 8 ? next.Choices.Select(c => c.Value).ToArray() : [];
        if (next.Optional) buttons = [.. buttons, "跳过"];
        turn.SendText(Join(prefix, next.Prompt + hint), buttons);
        return Task.CompletedTask;
    }

    private Task ReviewPromptAsync(TurnContext turn, FormDefinition form, FormFrame frame, string prefix, CancellationToken ct)
    {
        frame.Phase = FormPhase.Reviewing;
        frame.CurrentField = null;
        var lines = new StringBuilder();
        if (prefix.Trim().Length > 0) lines.Append(prefix.Trim()).Append('\n');
        lines.Append("请核对：");
        // One line a field, for a phone screen: an optional field left empty is not shown (all required ones are filled by now).
        foreach (var field in form.Fields)
        {
            if (frame.Values.TryGetValue(field.Name, out var v))
                lines.Append('\n').Append($"{field.Label}：{_masker.ForConfirmation(field, v)}");
        }
        turn.SendText(lines.ToString().TrimEnd(), form.SubmitButton, "修改", "取消");
        return Task.CompletedTask;
    }

    private async Task ReviewAsync(TurnContext turn, FormDefinition form, FormFrame frame, FormCommand command, CancellationToken ct)
    {
        switch (command.Kind)
        {
            case FormCommandKind.Submit or FormCommandKind.Yes:
                await SubmitAsync(turn, form, frame, ct);
                return;
            case FormCommandKind.Edit when command.Target is null or "":
                frame.Phase = FormPhase.ChoosingEdit;
                turn.SendText("要改哪一项？", form.Fields.Select(f => f.Label).Take(10).ToArray());
                return;
            case FormCommandKind.Edit:
                var field = form.FindField(command.Target!);
                if (field is null)
                {
                    turn.SendText($"没有“{command.Target}”这一项。可以改：{string.Join("、", form.Fields.Select(f => f.Label))}。");
                    return;
                }
                frame.CurrentField = field.Name;
                frame.Phase = FormPhase.Editing;
                if (string.IsNullOrWhiteSpace(command.Rest))
                {
                    turn.SendText(field.Prompt);
                    return;
                }
                await AnswerAsync(turn, form, frame, FormCommand.Read(command.Rest), command.Rest, ct);
                return;
            default:
                turn.SendText($"请说“{form.SubmitButton}”，或说“{form.EditExampleOrDefault}”这样改一项。", form.SubmitButton, "修改", "取消");
                return;
        }
    }

    private Task ChooseEditAsync(TurnContext turn, FormDefinition form, FormFrame frame, string text, CancellationToken ct)
    {
        var field = form.FindField(text.Trim());
        if (field is null)
        {
            turn.SendText("要改哪一项？", form.Fields.Select(f => f.Label).Take(10).ToArray());
            return Task.CompletedTask;
        }
        frame.CurrentField = field.Name;
        frame.Phase = FormPhase.Editing;
        turn.SendText(field.Prompt);
        return Task.CompletedTask;
    }

    private async Task SubmitAsync(TurnContext turn, FormDefinition form, FormFrame frame, CancellationToken ct)
    {
        if (!_handlers.TryGetValue(form.Submit, out var handler))
            throw new InvalidOperationException($"No submit handler named '{form.Submit}'.");
        try
        {
            await handler.SubmitAsync(new FormSubmission(form.Id, frame.Values, turn.IdempotencyKey), turn, ct);
            turn.Conversation.DialogStack.Remove(frame);
        }
        catch (FormSubmitException e) when (e.Field is not null && form.FindField(e.Field) is { } wrong)
        {
            frame.CurrentField = wrong.Name;
            frame.Phase = FormPhase.Editing;
            turn.SendText($"{e.Message}\n{wrong.Reprompt ?? wrong.Prompt}", "取消");
        }
        catch (FormSubmitException e)
        {
            turn.SendText(e.Message, form.SubmitButton, "取消");
        }
    }

    /// <summary>
    /// An answer may carry more than the field asked ("李四 13912345678"), or another open field instead: keep what it
    /// clearly gives; returns the fields filled.
    /// </summary>
    private List<string> FillOthersFromTheSameAnswer(FormDefinition form, FormFrame frame, FormField asked, string text, TurnContext turn)
    {
        // Free-text fields without cue words would swallow anything, so they are never filled on the side.
        var candidates = form.Fields
            .Where(f => f.Name != asked.Name && !frame.Values.ContainsKey(f.Name) && (!f.TakesFreeText || f.Cues.Count > 0))
            .Select(f => f.Name);
        var filled = new List<string>();
        foreach (var (name, value) in _filler.Fill(form, text, new FieldReadingContext(turn.ReferenceTime), candidates))
        {
            frame.Values[name] = value;
            frame.Skipped.Remove(name);
            frame.Filled.Add(name);
            filled.Add(name);
        }
        return filled;
    }

    /// <summary>Only an answer with separators, or with digits beside Chinese, can hold a second value; skip the search otherwise.</summary>
    private static bool MayCarrySeveralValues(string text) =>
        text.AsSpan().Trim().IndexOfAny(" ，,、；;　") >= 0 || (text.Any(char.IsAsciiDigit) && text.Any(c => c >= '\u4e00'));

    private Task GoBackAsync(TurnContext turn, FormDefinition form, FormFrame frame, CancellationToken ct)
    {
        frame.Pending = null;
        if (frame.Filled.Count == 0)
        {
            turn.SendText($"已经是第一项了。{Current(form, frame).Prompt}");
            return Task.CompletedTask;
        }
        var previous = frame.Filled[^1];
        frame.Filled.RemoveAt(frame.Filled.Count - 1);
        frame.Values.Remove(previous);
        frame.Skipped.Remove(previous);
        var field = form.FindField(previous)!;
        frame.CurrentField = field.Name;
        frame.Phase = FormPhase.Collecting;
        turn.SendText($"好，回到上一项。{field.Prompt}", field.Optional ? ["跳过"] : []);
        return Task.CompletedTask;
    }

    private Task HelpAsync(TurnContext turn, FormDefinition form, FormFrame frame, CancellationToken ct)
    {
        var steer = "可以说“返回”回到上一项，“从头开始”重填，“取消”放弃。";
        if (frame.Phase is FormPhase.Reviewing or FormPhase.ChoosingEdit)
        {
            turn.SendText($"正在核对{form.Title}。说“{form.SubmitButton}”完成，说“{form.EditExampleOrDefault}”改一项。{steer}", form.SubmitButton, "修改", "取消");
            return Task.CompletedTask;
        }
        var field = Current(form, frame);
        var skip = field.Optional ? "这一项可以说“跳过”。" : "";
        turn.SendText(Join(field.Help ?? "", $"{skip}{steer}\n{field.Prompt}"));
        return Task.CompletedTask;
    }

    private static FormField Current(FormDefinition form, FormFrame frame) =>
        (frame.CurrentField is { } name ? form.FindField(name) : null) ?? NextMissing(form, frame) ?? form.Fields[0];

    private static FormField? NextMissing(FormDefinition form, FormFrame frame) =>
        form.Fields.FirstOrDefault(f => !frame.Values.ContainsKey(f.Name) && !frame.Skipped.Contains(f.Name));

    private static string NoteFor(FormField field, FieldValue value)
    {
        if (field.Notes.Count == 0 || value.Value is null) return "";
        try
        {
            var number = value.Value.GetValue<decimal>();
            return string.Concat(field.Notes.Where(n => n.Matches(number)).Select(n => n.Text));
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            return "";
        }
    }

    private string ShowValue(FormField field, FieldValue value) => _masker.ForConfirmation(field, value);

    private static string Join(string first, string second) =>
        first.Trim().Length == 0 ? second : $"{first.Trim()}\n{second}";
}
