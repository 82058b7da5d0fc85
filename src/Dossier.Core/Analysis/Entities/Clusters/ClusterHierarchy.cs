namespace Dossier.Core.Analysis.Entities.Clusters;

/// <summary>
/// Builds a binary tree over flat word classes by Brown's greedy merging: repeatedly join the two classes whose
/// merge loses the least class-bigram mutual information, until one is left. A class's path from the root (0 left,
/// 1 right) is its bit string; a prefix of the path names an ancestor, so prefixes of different lengths give the
/// tagger clusterings from coarse to fine.
/// </summary>
/// <remarks>
/// The loss of merging classes i and j is kept for every pair. After a merge of a and b, the loss of any other
/// pair changes only through its cells in the a and b rows and columns, so it is updated in constant time instead
/// of being recomputed: the whole tree costs O(k³) for k classes (seconds for 1,024). Ties go to the first pair in
/// index order, so the tree is the same every run.
/// </remarks>
internal sealed class ClusterHierarchy
{
    private readonly int k;
    private readonly long[] m;     // m[i * k + j]: bigrams from class i to class j (merged rows and columns summed)
    private readonly long[] left;
    private readonly long[] right;
    private readonly double[] delta; // delta[i * k + j], i < j: change of the objective if i and j merged (≤ 0)
    private readonly bool[] active;

    private ClusterHierarchy(int[] classBigrams, long[] left, long[] right, int[] classes)
    {
        int total = left.Length;
        k = classes.Length;
        m = new long[k * k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
                m[i * k + j] = classBigrams[classes[i] * total + classes[j]];
        this.left = classes.Select(c => left[c]).ToArray();
        this.right = classes.Select(c => right[c]).ToArray();
        delta = new double[k * k];
        active = Enumerable.Repeat(true, k).ToArray();
    }

    /// <summary>
    /// The bit-string path of every class. Classes in <paramref name="isEmpty"/> get null. A lone class gets "0".
    /// </summary>
    /// <param name="classBigrams">Class bigram counts, row-major, <paramref name="left"/>.Length squared.</param>
    public static string?[] Paths(int[] classBigrams, long[] left, long[] right, bool[] isEmpty)
    {
        int total = left.Length;
        var used = Enumerable.Range(0, total).Where(c => !isEmpty[c]).ToArray();
        var paths = new string?[total];
        if (used.Length == 0) return paths;
        var tree = new ClusterHierarchy(classBigrams, left, right, used);
        var (leafPaths, _) = tree.Build();
        for (int i = 0; i < used.Length; i++) paths[used[i]] = leafPaths[i];
        return paths;
    }

    /// <summary>The pairs of classes merged, in order (the survivor keeps the lower index). For tests.</summary>
    internal static IReadOnlyList<(int A, int B)> MergeOrder(int[] classBigrams, long[] left, long[] right) =>
        new ClusterHierarchy(classBigrams, left, right, Enumerable.Range(0, left.Length).ToArray()).Build().Merges;

    /// <summary>Merges everything into one tree and reads off each leaf's path.</summary>
    private (string[] Paths, List<(int A, int B)> Merges) Build()
    {
        var merges = new List<(int A, int B)>();
        // Tree nodes: 0..k-1 are the leaves, k.. the merges in order.
        var children = new List<(int First, int Second)>();
        var weight = new List<long>();
        var node = new int[k];
        for (int i = 0; i < k; i++)
        {
            node[i] = i;
            weight.Add(left[i] + right[i]);
        }

        for (int i = 0; i < k; i++)
            for (int j = i + 1; j < k; j++)
                delta[i * k + j] = MergeDelta(i, j);

        for (int remaining = k; remaining > 1; remaining--)
        {
            var (a, b) = BestPair();
            Merge(a, b);
            merges.Add((a, b));
            // The heavier subtree takes the 0 branch; on a tie the older node does.
            int x = node[a], y = node[b];
            bool swap = weight[y] > weight[x] || (weight[y] == weight[x] && y < x);
            children.Add(swap ? (y, x) : (x, y));
            weight.Add(weight[x] + weight[y]);
            node[a] = k + children.Count - 1;
        }

        var paths = new string[k];
        if (k == 1)
        {
            paths[0] = "0";
            return (paths, merges);
        }

        // Walk down from the root with an explicit stack; deep trees must not overflow the call stack.
        var stack = new Stack<(int Node, string Path)>();
        stack.Push((k + children.Count - 1, ""));
        while (stack.Count > 0)
        {
            var (current, path) = stack.Pop();
            if (current < k)
            {
                paths[current] = path;
                continue;
            }

            var (first, second) = children[current - k];
            stack.Push((second, path + "1"));
            stack.Push((first, path + "0"));
        }

        return (paths, merges);
    }

    private (int A, int B) BestPair()
    {
        double best = double.NegativeInfinity;
        (int, int) pair = (-1, -1);
        for (int i = 0; i < k; i++)
        {
            if (!active[i]) continue;
            var row = delta.AsSpan(i * k, k);
            for (int j = i + 1; j < k; j++)
            {
                if (active[j] && row[j] > best)
                {
                    best = row[j];
                    pair = (i, j);
                }
            }
        }

        return pair;
    }

    /// <summary>The change of the objective if classes i and j became one, from scratch.</summary>
    private double MergeDelta(int i, int j)
    {
        double change = 0;
        var rowI = m.AsSpan(i * k, k);
        var rowJ = m.AsSpan(j * k, k);
        for (int d = 0; d < k; d++)
        {
            if (d == i || d == j || !active[d]) continue;
            change += XLogX.Join(rowI[d], rowJ[d]);
            change += XLogX.Join(m[d * k + i], m[d * k + j]);
        }

        long ii = m[i * k + i], ij = m[i * k + j], ji = m[j * k + i], jj = m[j * k + j];
        change += XLogX.Of(ii + ij + ji + jj) - XLogX.Of(ii) - XLogX.Of(ij) - XLogX.Of(ji) - XLogX.Of(jj);
        change -= XLogX.Join(left[i], left[j]) + XLogX.Join(right[i], right[j]);
        return change;
    }

    /// <summary>Joins class b into class a and brings every pair's delta up to date.</summary>
    private void Merge(int a, int b)
    {
        active[b] = false;
        // Other pairs (i, j): their a and b cells, in both directions, become one merged cell.
        var activeList = Enumerable.Range(0, k).Where(i => active[i] && i != a).ToArray();
        var intoA = new long[k];
        var intoB = new long[k];
        var fromA = new long[k];
        var fromB = new long[k];
        foreach (int i in activeList)
        {
            intoA[i] = m[i * k + a];
            intoB[i] = m[i * k + b];
            fromA[i] = m[a * k + i];
            fromB[i] = m[b * k + i];
        }

        for (int x = 0; x < activeList.Length; x++)
        {
            int i = activeList[x];
            var row = delta.AsSpan(i * k, k);
            for (int y = x + 1; y < activeList.Length; y++)
            {
                int j = activeList[y];
                double before = XLogX.Join(intoA[i], intoA[j]) + XLogX.Join(intoB[i], intoB[j])
                    + XLogX.Join(fromA[i], fromA[j]) + XLogX.Join(fromB[i], fromB[j]);
                double after = XLogX.Join(intoA[i] + intoB[i], intoA[j] + intoB[j])
                    + XLogX.Join(fromA[i] + fromB[i], fromA[j] + fromB[j]);
                row[j] += after - before;
            }
        }

        // The merged counts: row b into row a, then column b into column a (which also folds (b, b) into (a, a)).
        for (int d = 0; d < k; d++)
        {
            m[a * k + d] += m[b * k + d];
            m[b * k + d] = 0;
        }

        for (int c = 0; c < k; c++)
        {
            m[c * k + a] += m[c * k + b];
            m[c * k + b] = 0;
        }

        left[a] += left[b];
        right[a] += right[b];
        left[b] = right[b] = 0;

        foreach (int j in activeList)
        {
            double change = MergeDelta(Math.Min(a, j), Math.Max(a, j));
            delta[Math.Min(a, j) * k + Math.Max(a, j)] = change;
        }
    }
}
