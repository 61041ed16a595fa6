#!/usr/bin/env python3
"""The PyTorch eager-mode peer of bench/train.sh: the same two models as greentrain's specs (SimpleCNN M=2, N=3 and
the data-reduction paper's MLP), built layer by layer after spec/green-training.md 1.3 and spec/data-reduction.md 4.2,
trained with Adam (PyTorch defaults) on the same rows, already in memory as tensors, with the same batch size and
intra-op threads. Per epoch: a seeded permutation, one index slice and one gather per batch, forward, cross-entropy,
backward, step; batch losses and correct counts are kept as tensors and read back at the end of the epoch. Trains the
same number of warm-up epochs as the greentrain side before the timed ones. Prints one line per epoch (training, then
the gather loop alone) for train_table.py, all under the side label --side (bench/train.sh runs this script once per
OpenBLAS thread setting, e.g. side=pytorch-blas1 and side=pytorch-blas2).

torch.set_num_threads sizes only the OpenMP team. Debian's python3-torch links the pthread build of OpenBLAS, which
keeps its own worker pool, sized from OPENBLAS_NUM_THREADS or, when that is unset, from OMP_NUM_THREADS; the caller
chooses it through the environment, and the first line reports the pool size OpenBLAS actually uses
(openblas_threads=, read from the loaded library; "none" when torch does not use OpenBLAS)."""
import argparse
import ctypes
import time

import numpy as np
import torch
from torch import nn

PAPER_MLP_HIDDEN = [50, 45, 40, 35, 30, 25, 20, 15, 10]


def simple_cnn(channels, side, classes, conv=2, linear=3):
    """Conv(C*3^(d+1), k3, s1, p1) -> BN -> ReLU -> MaxPool2 per block; linear widths max(F / 2^(d+1), C) from the
    input size F; no activation between linear layers."""
    layers, ch, size = [], channels, side
    for d in range(conv):
        out = channels * 3 ** (d + 1)
        layers += [nn.Conv2d(ch, out, 3, stride=1, padding=1), nn.BatchNorm2d(out), nn.ReLU(), nn.MaxPool2d(2, 2)]
        ch, size = out, size // 2
    layers.append(nn.Flatten())
    features = channels * side * side
    width = ch * size * size
    for d in range(linear - 1):
        hidden = max(features // 2 ** (d + 1), channels)
        layers.append(nn.Linear(width, hidden))
        width = hidden
    layers.append(nn.Linear(width, classes))
    return nn.Sequential(*layers)


def paper_mlp(features, classes, dropout=0.25):
    """d -> 50 -> 45 -> ... -> 10 -> C with ReLU and dropout after each hidden layer."""
    layers, width = [], features
    for hidden in PAPER_MLP_HIDDEN:
        layers += [nn.Linear(width, hidden), nn.ReLU(), nn.Dropout(dropout)]
        width = hidden
    layers.append(nn.Linear(width, classes))
    return nn.Sequential(*layers)


def load(data_dir, name):
    shape = [int(v) for v in open("%s/%s.shape" % (data_dir, name)).read().split()]
    x = torch.from_numpy(np.fromfile("%s/%s-x.f32" % (data_dir, name), dtype="<f4").reshape(shape))
    y = torch.from_numpy(np.fromfile("%s/%s-y.i64" % (data_dir, name), dtype="<i8"))
    return x, y


def openblas_threads():
    """The worker-pool size of the OpenBLAS this process loaded (with torch), or "none"."""
    try:
        with open("/proc/self/maps") as maps:
            paths = sorted({line.split()[-1] for line in maps if "libopenblas" in line.rsplit("/", 1)[-1]})
        if not paths:
            return "none"
        return str(ctypes.CDLL(paths[0]).openblas_get_num_threads())
    except (OSError, AttributeError):
        return "unknown"


def train_epoch(model, optimizer, loss_fn, x, y, batch, generator):
    rows = x.shape[0]
    start = time.perf_counter()
    order = torch.randperm(rows, generator=generator)
    batches = (rows + batch - 1) // batch
    losses = torch.zeros(batches)
    correct = torch.zeros(batches)
    for b in range(batches):
        index = order[b * batch:(b + 1) * batch]
        xb, yb = x[index], y[index]
        logits = model(xb)
        loss = loss_fn(logits, yb)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        losses[b] = loss.detach()
        correct[b] = (logits.detach().argmax(1) == yb).sum()
    if not torch.isfinite(losses).all():
        raise SystemExit("pytorch: the loss diverged")
    correct.sum().item()
    return time.perf_counter() - start


def gather_epoch(x, y, batch, generator):
    rows = x.shape[0]
    start = time.perf_counter()
    order = torch.randperm(rows, generator=generator)
    for b in range(0, rows, batch):
        index = order[b:b + batch]
        xb, yb = x[index], y[index]
    return time.perf_counter() - start


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--workload", choices=["cnn", "mlp"], required=True)
    p.add_argument("--data", required=True, help="directory written by ExportTrainData")
    p.add_argument("--warmup", type=int, default=1, help="warm-up epochs, trained and reported but not timed")
    p.add_argument("--epochs", type=int, default=3, help="timed epochs, after the warm-up epochs")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--batch", type=int, default=512)
    p.add_argument("--side", default="pytorch", help="side label of the printed lines, e.g. pytorch-blas1")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(1234)
    x, y = load(a.data, a.workload)
    classes = int(y.max().item()) + 1
    if a.workload == "cnn":
        model = simple_cnn(x.shape[1], x.shape[2], classes)
    else:
        model = paper_mlp(x.shape[1], classes)
    params = sum(p.numel() for p in model.parameters())
    print("train-peer side=%s torch=%s threads=%d interop_threads=%d openblas_threads=%s workload=%s rows=%d shape=%s "
          "batch=%d parameters=%d warmup_epochs=%d"
          % (a.side, torch.__version__, torch.get_num_threads(), torch.get_num_interop_threads(), openblas_threads(),
             a.workload, x.shape[0], "x".join(str(s) for s in x.shape[1:]), a.batch, params, a.warmup), flush=True)
    model.train()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    generator = torch.Generator().manual_seed(1234)
    for epoch in range(1, a.warmup + a.epochs + 1):
        seconds = train_epoch(model, optimizer, loss_fn, x, y, a.batch, generator)
        report("train-epoch", a.side, a.workload, epoch, epoch <= a.warmup, x.shape[0], seconds)
    for epoch in range(1, a.warmup + a.epochs + 1):
        seconds = gather_epoch(x, y, a.batch, generator)
        report("gather-epoch", a.side, a.workload, epoch, epoch <= a.warmup, x.shape[0], seconds)


def report(kind, side, workload, epoch, warmup, rows, seconds):
    print("%s side=%s workload=%s epoch=%d warmup=%s rows=%d seconds=%.4f samples_per_s=%.1f"
          % (kind, side, workload, epoch, "true" if warmup else "false", rows, seconds, rows / seconds), flush=True)


if __name__ == "__main__":
    main()
