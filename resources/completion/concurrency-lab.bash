# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# bash completion for concurrency-lab                      -*- shell-script -*-
#
# Completes the subcommands (primes, spinner, sweep, fidelity, join), each one's options, the
# values of the options that take a fixed set, and file names for the options
# that take a file. It needs no helper from the bash-completion package, so
# it also works when sourced by hand; tests/cli/tst_cli_docs runs it to check
# that it knows every option the program lists.

# The options of the window (no subcommand) and of each subcommand.
_concurrency_lab_options()
{
    local common='-h --help --help-all --version'
    case $1 in
        primes)
            echo "$common --model --workers --pace --racy --race-seed --sample --gil --switch-interval --numbers" \
                "--numbers-file --json --trace --engine --python --grace --pool --nodes --broker --acks-late"
            ;;
        spinner)
            echo "$common --model --slow --gil --switch-interval --pace --seconds --number --json --trace" \
                "--engine --python --grace"
            ;;
        sweep)
            echo "$common --series --max --runs --pace --numbers --numbers-file --resume --out --json" \
                "--png --svg --pdf --size --scale --speedup --band --ideal --book --cores --python"
            ;;
        fidelity)
            echo "$common --rounds --numbers --numbers-file --python --json"
            ;;
        join)
            echo "$common --pool --concurrency --name"
            ;;
        *)
            echo "$common -v --experiment --run --presentation --audience-port --audience-bind --audience-code -platform"
            ;;
    esac
}

# Succeeds for an option that takes a value (the next word).
_concurrency_lab_takes_value()
{
    case $1 in
        --audience-port | --audience-bind | --audience-code | \
            --model | --workers | --pace | --gil | --switch-interval | --numbers | --numbers-file | --trace | \
            --slow | --seconds | --number | --series | --max | --runs | --resume | --out | --png | --svg | \
            --pdf | --size | --scale | --band | --cores | --experiment | --race-seed | --sample | -platform | -style | \
            --engine | --python | --grace | --rounds | --pool | --nodes | --broker | --acks-late | \
            --concurrency | --name)
            return 0
            ;;
    esac
    return 1
}

_concurrency_lab()
{
    # Words as typed, split at blanks only: bash's own COMP_WORDS also splits
    # at '=' and ':', which would cut "--gil=off" and "threads:gil=off" apart.
    local line=${COMP_LINE:0:COMP_POINT}
    local -a words
    read -ra words <<<"$line"
    local cur=
    [[ $line == *[[:space:]] ]] || { cur=${words[-1]}; unset 'words[-1]'; }
    local prev=
    ((${#words[@]} > 1)) && prev=${words[-1]}

    # A subcommand counts only as the first argument, as the program reads it.
    local sub='' model='' w
    case ${words[1]-} in
        primes | spinner | sweep | fidelity | join) sub=${words[1]} ;;
    esac
    # The spinner's --slow choices depend on its --model.
    for ((w = 1; w < ${#words[@]}; w++)); do
        case ${words[w]} in
            --model) model=${words[w + 1]} ;;
            --model=*) model=${words[w]#--model=} ;;
        esac
    done

    # --option=value: complete the value.
    if [[ $cur == --*=* ]]; then
        prev=${cur%%=*}
        cur=${cur#*=}
    elif ! _concurrency_lab_takes_value "$prev"; then
        prev=
    fi

    local -a values=()
    local prefix=
    case $prev in
        --model)
            if [[ $sub == spinner ]]; then
                values=(thread process coroutine)
            else
                values=(sequential threads processes pool coroutines coroutines-executor celery)
            fi
            ;;
        --slow)
            if [[ $model == thread || $model == process ]]; then
                values=(sleep prime)
            else
                values=(sleep blocking-sleep prime nap executor)
            fi
            ;;
        --pace) values=(native cpython book) ;;
        --gil | --acks-late) values=(on off) ;;
        --pool) values=(prefork threads solo) ;;
        --engine) values=(emulated cpython) ;;
        --sample) values=(book small) ;;
        --band) values=(none minmax quartiles) ;;
        --series)
            # Specs separated by commas form one word: complete the last one.
            [[ $cur == *,* ]] && prefix=${cur%,*},
            cur=${cur##*,}
            values=(processes threads threads:gil=on threads:gil=off pool pool:gil=on pool:gil=off
                coroutines-executor processes:engine=cpython celery celery:pool=threads)
            ;;
        --size) values=(1600x900 1920x1080 1280x720 1024x768) ;;
        --scale) values=(1 2) ;;
        --experiment) values=(1 2 3 4 5 6 7 8 9) ;;
        -platform) values=(offscreen xcb wayland) ;;
        --numbers-file | --trace | --resume | --out | --png | --svg | --pdf | --python)
            # Readline's own file-name completion handles quoting and
            # folders; '-' (standard output) needs no completing.
            compopt -o default 2>/dev/null
            COMPREPLY=()
            return
            ;;
        ?*)
            # A number or a list: nothing sensible to offer.
            COMPREPLY=()
            return
            ;;
        *)
            # A subcommand only as the first argument, as the program reads it.
            if [[ -z $sub && ${#words[@]} -eq 1 && $cur != -* ]]; then
                values=(primes spinner sweep fidelity join)
            else
                read -ra values <<<"$(_concurrency_lab_options "$sub")"
            fi
            ;;
    esac

    local v
    COMPREPLY=()
    for v in "${values[@]}"; do
        [[ $v == "$cur"* ]] && COMPREPLY+=("$prefix$v")
    done
    # Readline replaces only the text after the last ':' or '=' in the word
    # (when COMP_WORDBREAKS holds them, as it does by default), so the
    # replies must not repeat what stands before it.
    local typed=$prefix$cur c i
    for ((i = ${#typed} - 1; i >= 0; i--)); do
        c=${typed:i:1}
        if [[ ($c == : || $c == =) && $COMP_WORDBREAKS == *"$c"* ]]; then
            for v in "${!COMPREPLY[@]}"; do
                COMPREPLY[v]=${COMPREPLY[v]:i+1}
            done
            break
        fi
    done
} &&
    complete -F _concurrency_lab concurrency-lab

# ex: filetype=sh
