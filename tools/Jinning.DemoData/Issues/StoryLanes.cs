namespace Jinning.DemoData.Issues;

/// <summary>
/// Deals the stories into lanes told side by side. A story that absorbs a duplicate shares the
/// duplicate's lane and comes after it; otherwise stories take turns, each lane in catalogue order.
/// </summary>
public static class StoryLanes
{
    public static IReadOnlyList<IReadOnlyList<IssueStory>> Split(IReadOnlyList<IssueStory> stories, int count)
    {
        var absorbedBy = stories
            .SelectMany(story => story.Steps.OfType<StoryStep.Absorb>().Select(absorb => (absorb.DuplicateKey, story.Key)))
            .ToDictionary(pair => pair.DuplicateKey, pair => pair.Key);
        var lanes = Enumerable.Range(0, count).Select(_ => new List<IssueStory>()).ToList();
        var laneOf = new Dictionary<string, int>();
        foreach (var story in stories)
        {
            var anchor = absorbedBy.GetValueOrDefault(story.Key, story.Key);
            if (!laneOf.TryGetValue(anchor, out var lane))
            {
                lane = laneOf.Count % count;
                laneOf[anchor] = lane;
            }
            lanes[lane].Add(story);
        }
        return lanes;
    }
}
