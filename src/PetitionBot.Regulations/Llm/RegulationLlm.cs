using Azure.Core;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Llm;

/// <summary>The model's two optional jobs over one client: phrasing answers, and restating questions for retrieval.</summary>
public sealed class RegulationLlm
{
    public RegulationLlm(LlmOptions options, RegulationCorpus corpus, LlmTelemetry? telemetry = null, TokenCredential? entraCredential = null)
    {
        telemetry ??= new LlmTelemetry();
        ModelCall? phrase = null, rewrite = null;
        if (options.IsUsable)
        {
            var client = ChatClientFactory.Create(options, options.Timeout > options.RewriteTimeout ? options.Timeout : options.RewriteTimeout, entraCredential);
            phrase = new ModelCall(client, options.Model, options.Timeout, options.MaxOutputTokens);
            if (options.RewriteQuestions) rewrite = new ModelCall(client, options.Model, options.RewriteTimeout, maxOutputTokens: 120);
        }
        Phraser = new LlmAnswerPhraser(phrase, corpus, telemetry);
        Rewriter = new QuestionRewriter(rewrite, telemetry);
    }

    public LlmAnswerPhraser Phraser { get; }

    public QuestionRewriter Rewriter { get; }
}
