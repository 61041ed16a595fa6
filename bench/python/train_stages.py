#!/usr/bin/env python3
"""Where one optimizer step's time goes in PyTorch eager mode: the training loop of train_torch.py on one workload,
with the wall time of each part of every step (the CPU runs eagerly, so a part's wall time is its work), in the same
stages as greentrain's StepStageProfile: data (index slice and gather), forward, loss, backward (with zero_grad),
record (batch loss and correct count into tensors), update (optimizer step) and check (the rest of the loop). Prints,
per epoch, the mean microseconds per step of each stage."""
import argparse
import time

import torch
from torch import nn

from train_torch import load, paper_mlp, simple_cnn

STAGES = ("data", "forward", "loss", "backward", "record", "update", "check")


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--workload", choices=["cnn", "mlp"], required=True)
    p.add_argument("--data", required=True, help="directory written by ExportTrainData")
    p.add_argument("--epochs", type=int, default=6)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--batch", type=int, default=512)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(1234)
    x, y = load(a.data, a.workload)
    classes = int(y.max().item()) + 1
    model = simple_cnn(x.shape[1], x.shape[2], classes) if a.workload == "cnn" else paper_mlp(x.shape[1], classes)
    print("stage-peer side=pytorch torch=%s threads=%d workload=%s batch=%d"
          % (torch.__version__, torch.get_num_threads(), a.workload, a.batch), flush=True)
    model.train()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    generator = torch.Generator().manual_seed(1234)
    rows = x.shape[0]
    for epoch in range(1, a.epochs + 1):
        spent = dict.fromkeys(STAGES, 0.0)
        order = torch.randperm(rows, generator=generator)
        batches = (rows + a.batch - 1) // a.batch
        losses = torch.zeros(batches)
        correct = torch.zeros(batches)
        start = time.perf_counter()
        for b in range(batches):
            t0 = time.perf_counter()
            index = order[b * a.batch:(b + 1) * a.batch]
            xb, yb = x[index], y[index]
            t1 = time.perf_counter()
            logits = model(xb)
            t2 = time.perf_counter()
            loss = loss_fn(logits, yb)
            t3 = time.perf_counter()
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            t4 = time.perf_counter()
            losses[b] = loss.detach()
            correct[b] = (logits.detach().argmax(1) == yb).sum()
            t5 = time.perf_counter()
            optimizer.step()
            t6 = time.perf_counter()
            for stage, (s, e) in zip(STAGES, ((t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5), (t5, t6))):
                spent[stage] += e - s
        correct.sum().item()
        seconds = time.perf_counter() - start
        spent["check"] = seconds - sum(spent.values())
        print("stage-epoch side=pytorch workload=%s epoch=%d samples_per_s=%.1f %s step_us=%.0f"
              % (a.workload, epoch, rows / seconds,
                 " ".join("%s_us=%.0f" % (s, spent[s] / batches * 1e6) for s in STAGES), seconds / batches * 1e6),
              flush=True)


if __name__ == "__main__":
    main()
