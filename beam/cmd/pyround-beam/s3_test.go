package main

import (
	"context"
	"io"
	"log"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
)

// TestS3EndToEnd: pyround-beam reads its input from and writes its output
// and dead letter to s3:// paths (an in-memory S3 store, gofakes3, on
// loopback, which AWS_ENDPOINT_URL points the AWS SDK at, as it would a
// MinIO or other S3-compatible store), reading the input in 64 KiB splits
// by two branches, and gives what it gives for a local file: the rows and
// the failures of `pyround round --keep-going`.
func TestS3EndToEnd(t *testing.T) {
	srv := httptest.NewUnstartedServer(gofakes3.New(s3mem.New()).Server())
	// gofakes3 answers a GET that the client stopped reading (a split
	// reads only its own lines) with a second WriteHeader, which net/http
	// logs: noise.
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.Start()
	defer srv.Close()
	env := []string{
		"AWS_ENDPOINT_URL=" + srv.URL,
		"AWS_ACCESS_KEY_ID=pyround",
		"AWS_SECRET_ACCESS_KEY=pyround",
		"AWS_REGION=us-east-1",
		"AWS_EC2_METADATA_DISABLED=true",
		"AWS_CONFIG_FILE=" + os.DevNull,
		"AWS_SHARED_CREDENTIALS_FILE=" + os.DevNull,
	}
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		t.Fatal(err)
	}
	client := s3.NewFromConfig(cfg)
	if _, err := client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("data")}); err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	in := filepath.Join(dir, "in.csv")
	const n = 20_000
	genCSV(t, in, n)
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("data"), Key: aws.String("in/part-0.csv"), Body: f}); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(beamBin, "round", "--input", "s3://data/in/*.csv", "--output", "s3://data/out/rounded",
		"--errors", "s3://data/out/errors.jsonl", "--csv", "--column", "price", "-n", "2",
		"--block-size", "65536", "--branches", "2", "--shards", "3")
	cmd.Env = append(os.Environ(), env...)
	// fetch copies every object under out/ into dir/out.
	fetch := func() {
		list, err := client.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String("data"), Prefix: aws.String("out/")})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dir, "out"), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, o := range list.Contents {
			obj, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("data"), Key: o.Key})
			if err != nil {
				t.Fatal(err)
			}
			data, err := io.ReadAll(obj.Body)
			obj.Body.Close()
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, *o.Key), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	out := filepath.Join(dir, "out")
	checkRound(t, in, n, cmd, filepath.Join(out, "rounded-*-of-00003.csv"), 3, filepath.Join(out, "errors.jsonl"), fetch)
}
